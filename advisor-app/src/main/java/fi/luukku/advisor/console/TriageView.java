package fi.luukku.advisor.console;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.console.KeyTable.Command;
import fi.luukku.advisor.desk.DeskViewModel;
import fi.luukku.advisor.desk.TriageViewModel;
import fi.luukku.advisor.live.Catalog;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.domain.Channel;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.domain.SupportLevel;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The triage of the visit at hand: authority, topic, life event, support level, special needs, channel, notes. */
final class TriageView {
    private final GridPane grid = new GridPane();
    private final TextField topicField = new TextField();
    private final TextArea notesArea = new TextArea();

    TriageView(DeskViewModel desk, LiveLink link, Catalog catalog, ViewKit kit) {
        Texts texts = kit.texts();
        String lang = kit.lang();
        TriageViewModel triage = desk.triage();
        grid.setId("triage-panel");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.disableProperty().bind(Bindings.isNull(desk.currentProperty()));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setMaxWidth(220);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(200);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.add(kit.header("triage.title"), 0, row++, 2, 1);

        ComboBox<AuthorityDto> authorityBox = new ComboBox<>(catalog.authorities());
        authorityBox.setId("triage-authority");
        authorityBox.setConverter(ViewKit.converter(a -> a.name().in(lang)));
        authorityBox.setMaxWidth(Double.MAX_VALUE);
        ViewKit.bindId(authorityBox, triage.authorityIdProperty(), AuthorityDto::id, catalog.authorities());
        grid.addRow(row++, new Label(texts.get("triage.authority")), authorityBox);

        topicField.setId("triage-topic");
        topicField.textProperty().bindBidirectional(triage.topicProperty());
        grid.addRow(row++, new Label(kit.withKey("triage.topic", Command.TOPIC)), topicField);

        ComboBox<LifeEventDto> lifeEvent = new ComboBox<>(catalog.lifeEvents());
        lifeEvent.setId("triage-life-event");
        lifeEvent.setConverter(ViewKit.converter(l -> l.name().in(lang)));
        lifeEvent.setMaxWidth(Double.MAX_VALUE);
        ViewKit.bindId(lifeEvent, triage.lifeEventIdProperty(), LifeEventDto::id, catalog.lifeEvents());
        grid.addRow(row++, new Label(texts.get("triage.lifeEvent")), lifeEvent);

        grid.addRow(row++, new Label(texts.get("triage.supportLevel")), supportLevels(triage, kit));
        grid.addRow(row++, new Label(texts.get("triage.specialNeeds")), needs(triage, texts));
        grid.addRow(row++, new Label(texts.get("triage.channel")), channels(triage, texts));

        notesArea.setId("triage-notes");
        notesArea.setPrefRowCount(3);
        notesArea.setWrapText(true);
        notesArea.textProperty().bindBidirectional(triage.notesProperty());
        grid.addRow(row++, new Label(kit.withKey("triage.notes", Command.NOTES)), notesArea);

        Label dirty = new Label();
        dirty.setId("triage-dirty");
        dirty.textProperty()
                .bind(Bindings.when(triage.dirtyProperty())
                        .then(texts.get("triage.unsaved"))
                        .otherwise(""));
        Button save = kit.button(
                "action.saveTriage",
                Command.SAVE_TRIAGE,
                desk::saveTriage,
                Bindings.createBooleanBinding(
                        () -> link.isOnline() && triage.isDirty() && desk.current() != null,
                        link.onlineProperty(),
                        triage.dirtyProperty(),
                        desk.currentProperty()));
        save.setId("btn-save-triage");
        HBox saveRow = new HBox(10, save, dirty);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        grid.add(saveRow, 0, row, 2, 1);
        GridPane.setHgrow(topicField, Priority.ALWAYS);
        for (Node n : grid.getChildren()) {
            Integer column = GridPane.getColumnIndex(n);
            if (n instanceof Label l && (column == null || column == 0)) {
                l.setWrapText(true);
            }
        }
    }

    private static VBox supportLevels(TriageViewModel triage, ViewKit kit) {
        VBox levels = new VBox(4);
        ToggleGroup group = new ToggleGroup();
        for (SupportLevel level : SupportLevel.values()) {
            ToggleButton b = new ToggleButton(level.level() + "  "
                    + ViewKit.withKey(kit.texts().get("support." + level.name()), "Alt+" + level.level()));
            b.setId("support-" + level.level());
            b.setToggleGroup(group);
            b.setUserData(level);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            Label def = new Label(kit.texts().get("support." + level.name() + ".definition"));
            def.setWrapText(true);
            def.getStyleClass().add("muted");
            levels.getChildren().addAll(b, def);
        }
        triage.supportLevelProperty().addListener((o, was, is) -> ViewKit.selectToggle(group, is));
        ViewKit.selectToggle(group, triage.supportLevelProperty().get());
        group.selectedToggleProperty().addListener((o, was, is) -> {
            SupportLevel chosen = is == null ? null : (SupportLevel) is.getUserData();
            if (!Objects.equals(chosen, triage.supportLevelProperty().get())) {
                triage.supportLevelProperty().set(chosen);
            }
        });
        return levels;
    }

    private static FlowPane needs(TriageViewModel triage, Texts texts) {
        FlowPane needs = new FlowPane(10, 6);
        for (SpecialNeed need : SpecialNeed.values()) {
            CheckBox c = new CheckBox(texts.get("need." + need.name()));
            c.setId("need-" + need.name());
            c.setSelected(triage.specialNeeds().contains(need));
            c.selectedProperty().addListener((o, was, is) -> {
                if (is != triage.specialNeeds().contains(need)) {
                    triage.toggleNeed(need);
                }
            });
            triage.specialNeeds().addListener((javafx.collections.SetChangeListener<SpecialNeed>)
                    ch -> c.setSelected(triage.specialNeeds().contains(need)));
            needs.getChildren().add(c);
        }
        return needs;
    }

    private static FlowPane channels(TriageViewModel triage, Texts texts) {
        FlowPane channels = new FlowPane(12, 6);
        ToggleGroup group = new ToggleGroup();
        for (Channel ch : Channel.values()) {
            RadioButton r = new RadioButton(texts.get("channel." + ch.name()));
            r.setId("channel-" + ch.name());
            r.setToggleGroup(group);
            r.setUserData(ch);
            channels.getChildren().add(r);
        }
        ViewKit.selectToggle(group, triage.channelProperty().get());
        triage.channelProperty().addListener((o, was, is) -> ViewKit.selectToggle(group, is));
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (is != null && is.getUserData() != triage.channelProperty().get()) {
                triage.channelProperty().set((Channel) is.getUserData());
            }
        });
        return channels;
    }

    GridPane root() {
        return grid;
    }

    void focusTopic() {
        topicField.requestFocus();
    }

    void focusNotes() {
        notesArea.requestFocus();
    }
}
