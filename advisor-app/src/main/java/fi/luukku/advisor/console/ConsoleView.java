package fi.luukku.advisor.console;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.desk.DeskViewModel;
import fi.luukku.advisor.desk.TriageViewModel;
import fi.luukku.advisor.drafts.RecordedEvent;
import fi.luukku.advisor.help.HelpAlertsViewModel;
import fi.luukku.advisor.incident.IncidentViewModel;
import fi.luukku.advisor.referral.ReferralSlip;
import fi.luukku.advisor.referral.ReferralTarget;
import fi.luukku.advisor.referral.ReferralViewModel;
import fi.luukku.advisor.referral.SlipNode;
import fi.luukku.advisor.referral.SlipOutput;
import fi.luukku.advisor.search.KnowledgeHit;
import fi.luukku.advisor.stats.StatisticsViewModel;
import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.ServiceEventTypeDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.Channel;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.domain.ReferralKind;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.domain.SupportLevel;
import fi.luukku.core.events.EventStreamClient.LinkState;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The advisor console: queues on the left, the customer at hand with its actions and triage in the middle, the
 * visit's service events, the knowledge search and today's statistics on the right. Every action has a button
 * that shows its key; overlays (finish, referral, incident, checklist) are driven by digits and Ctrl+Enter.
 */
public class ConsoleView {
    private static final Logger log = LoggerFactory.getLogger(ConsoleView.class);
    static final String STYLESHEET =
            ConsoleView.class.getResource("/fi/luukku/advisor/advisor.css").toExternalForm();
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    private final ConsoleViewModel vm;
    private final DeskViewModel desk;
    private final Texts texts;
    private final SlipOutput slips;
    private final ZoneId zone;
    private final String lang;
    private final StackPane root = new StackPane();
    private final List<Shortcut> shortcuts = new ArrayList<>();
    private final Timeline ticker;

    private TextField searchField;
    private TextField topicField;
    private TextArea notesArea;
    private ComboBox<AuthorityDto> authorityBox;
    private TabPane rightTabs;
    private Tab statsTab;
    private Tab searchTab;
    private VBox finishPane;
    private VBox referralPane;
    private VBox incidentPane;
    private VBox checklistPane;
    private ListView<TicketDto> waitingList;
    private ListView<QueueDto> queueList;
    private final Label slipStatus = new Label();

    private record Shortcut(KeyCombination keys, Runnable action) {}

    public ConsoleView(ConsoleViewModel vm, Texts texts, SlipOutput slips, ZoneId zone) {
        this.vm = vm;
        this.desk = vm.desk();
        this.texts = texts;
        this.slips = slips;
        this.zone = zone;
        this.lang = texts.language().code();
        createView();
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            desk.tick();
            waitingList.refresh();
            queueList.refresh();
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public Parent root() {
        return root;
    }

    public void stop() {
        ticker.stop();
    }

    /** Installs the console's keys on the scene (call once the root is in it). */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    // ---- layout ------------------------------------------------------------------------------------

    private void createView() {
        root.setId("console-view");
        root.getStylesheets().add(STYLESHEET);
        BorderPane main = new BorderPane();
        main.setTop(new VBox(topBar(), offlineBanner(), helpBanner(), messageBar()));
        main.setLeft(queuePanel());
        main.setCenter(centerPanel());
        main.setRight(rightPanel());
        finishPane = finishOverlay();
        referralPane = referralOverlay();
        incidentPane = incidentOverlay();
        checklistPane = checklistOverlay();
        root.getChildren().addAll(main, finishPane, referralPane, incidentPane, checklistPane);
        registerShortcuts();
    }

    private Node topBar() {
        HBox bar = new HBox(16);
        bar.getStyleClass().add("console-top");
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Luukku");
        title.getStyleClass().add("console-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        var s = vm.session();
        Label who = new Label(texts.format(
                "console.who",
                s.displayName(),
                texts.get("role." + s.role().name()),
                s.desk().name().in(lang)));
        who.setId("console-who");
        who.setMinWidth(Region.USE_PREF_SIZE);
        Label linkLabel = new Label();
        linkLabel.setId("link-state");
        linkLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.link().isOnline()
                                ? texts.get("link.online")
                                : vm.link().linkProperty().get() == LinkState.CONNECTING
                                        ? texts.get("link.connecting")
                                        : texts.get("link.offline"),
                        vm.link().onlineProperty(),
                        vm.link().linkProperty()));
        linkLabel
                .styleProperty()
                .bind(Bindings.when(vm.link().onlineProperty())
                        .then("-fx-background-color: #1a7f37; -fx-text-fill: white; -fx-font-weight: bold;"
                                + " -fx-padding: 2 10 2 10; -fx-background-radius: 10;")
                        .otherwise("-fx-background-color: #cf222e; -fx-text-fill: white; -fx-font-weight: bold;"
                                + " -fx-padding: 2 10 2 10; -fx-background-radius: 10;"));
        linkLabel.setMinWidth(Region.USE_PREF_SIZE);
        searchField = new TextField();
        searchField.setId("search-field");
        searchField.setPromptText(texts.get("search.prompt") + "  [Ctrl+K]");
        searchField.setPrefWidth(380);
        HBox.setHgrow(searchField, Priority.SOMETIMES);
        searchField.textProperty().bindBidirectional(vm.search().queryProperty());
        searchField.textProperty().addListener((o, was, is) -> {
            if (is != null && !is.isBlank()) {
                rightTabs.getSelectionModel().select(searchTab);
            }
        });
        Button stats = button("action.statistics", "Ctrl+S", this::showStatistics, null);
        stats.setId("btn-statistics");
        Button checklist = button("action.checklist", "F1", vm::toggleChecklist, null);
        checklist.setId("btn-checklist");
        Button incident = button("action.incident", "F12", vm.incident()::begin, null);
        incident.setId("btn-incident");
        incident.getStyleClass().add("danger");
        Button logout = button("action.logout", "Ctrl+Shift+L", vm::logout, null);
        logout.setId("btn-logout");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(title, who, linkLabel, spacer, searchField, stats, checklist, incident, logout);
        return bar;
    }

    private Node offlineBanner() {
        Label l = new Label(texts.get("offline.banner"));
        l.setId("offline-banner");
        l.getStyleClass().add("link-down");
        l.setMaxWidth(Double.MAX_VALUE);
        l.visibleProperty().bind(Bindings.not(vm.link().onlineProperty()));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private Node helpBanner() {
        HelpAlertsViewModel help = vm.help();
        VBox box = new VBox(6);
        box.setId("help-banner");
        box.getStyleClass().add("help-banner");
        box.setPadding(new Insets(10, 16, 10, 16));
        box.visibleProperty().bind(help.alertingProperty());
        box.managedProperty().bind(box.visibleProperty());
        Runnable rebuild = () -> {
            box.getChildren().clear();
            for (HelpRequestDto h : help.alerts()) {
                Label l = new Label(texts.format(
                        "help.alert",
                        h.location() == null ? "?" : h.location(),
                        h.source() == null ? "" : h.source(),
                        h.language() == null ? "" : h.language().toUpperCase(java.util.Locale.ROOT),
                        h.requestedAt() == null ? "" : HHMM.withZone(zone).format(h.requestedAt())));
                l.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold; -fx-text-fill: black;");
                Button ack = button(
                        "help.onMyWay",
                        "F11",
                        () -> help.acknowledge(h),
                        vm.link().onlineProperty());
                ack.getStyleClass().add("help-ack");
                HBox row = new HBox(16, l, ack);
                row.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().add(row);
            }
            Label err = new Label();
            err.textProperty().bind(help.errorProperty());
            err.managedProperty().bind(help.errorProperty().isNotEmpty());
            err.visibleProperty().bind(err.managedProperty());
            box.getChildren().add(err);
        };
        help.alerts().addListener((ListChangeListener<HelpRequestDto>) c -> rebuild.run());
        rebuild.run();
        return box;
    }

    private Node messageBar() {
        Label msg = new Label();
        msg.setId("console-message");
        msg.textProperty().bind(desk.messageProperty());
        Label err = new Label();
        err.setId("console-error");
        err.setStyle("-fx-text-fill: #cf222e; -fx-font-weight: bold;");
        err.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> firstNonNull(
                                desk.errorProperty().get(),
                                vm.referral().errorProperty().get(),
                                vm.incident().errorProperty().get()),
                        desk.errorProperty(),
                        vm.referral().errorProperty(),
                        vm.incident().errorProperty()));
        Label incidentMsg = new Label();
        incidentMsg.textProperty().bind(vm.incident().messageProperty());
        HBox bar = new HBox(24, msg, err, incidentMsg);
        bar.setPadding(new Insets(4, 16, 4, 16));
        bar.setMinHeight(28);
        return bar;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private Node queuePanel() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(8, 8, 8, 16));
        box.setPrefWidth(460);
        box.setMinWidth(400);
        Label qTitle = header("queues.title");
        queueList = new ListView<>(desk.deskQueues());
        queueList.setId("queue-list");
        queueList.getStyleClass().add("multi-line-list");
        queueList.setFocusTraversable(false);
        queueList.setPrefHeight(230);
        queueList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(QueueDto q, boolean empty) {
                super.updateItem(q, empty);
                setText(
                        empty || q == null
                                ? null
                                : q.prefix() + "  " + q.name().in(lang) + "\n"
                                        + texts.format(
                                                "queues.details",
                                                q.waiting(),
                                                minutes(q.longestWaitSeconds()),
                                                minutes(q.estimatedWaitSeconds()),
                                                q.appointmentsDue()));
            }
        });
        Label wTitle = new Label(texts.get("waiting.title") + "  [Ctrl+L]");
        wTitle.getStyleClass().add("section-header");
        wTitle.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        waitingList = new ListView<>(desk.waiting());
        waitingList.setId("waiting-list");
        waitingList.getStyleClass().add("multi-line-list");
        VBox.setVgrow(waitingList, Priority.ALWAYS);
        waitingList.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(TicketDto t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : ticketLine(t));
            }
        });
        waitingList.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                desk.selectedWaitingProperty().set(is);
            }
        });
        desk.selectedWaitingProperty().addListener((o, was, is) -> {
            if (is == null) {
                waitingList.getSelectionModel().clearSelection();
            }
        });
        Button callChosen = button("action.callChosen", "F9", desk::callChosen, desk.canCallChosen());
        callChosen.setId("btn-call-chosen");
        callChosen.setMaxWidth(Double.MAX_VALUE);
        Label pTitle = header("parked.title");
        ListView<TicketDto> parkedList = new ListView<>(desk.parked());
        parkedList.setId("parked-list");
        parkedList.setPrefHeight(120);
        parkedList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TicketDto t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    Button resume = new Button(texts.get("action.resume"));
                    resume.setOnAction(e -> desk.resumeParked(t));
                    resume.disableProperty().bind(Bindings.not(desk.canCallNext()));
                    setText(ticketLine(t));
                    setGraphic(resume);
                }
            }
        });
        box.getChildren().addAll(qTitle, queueList, wTitle, waitingList, callChosen, pTitle, parkedList);
        return box;
    }

    private String ticketLine(TicketDto t) {
        StringBuilder b = new StringBuilder();
        b.append(t.number())
                .append("   ")
                .append(texts.format("time.minutes", desk.waited(t).toMinutes()));
        if (t.appointmentId() != null) {
            b.append("   ").append(texts.get("ticket.appointment"));
        }
        String needs = needsText(t.specialNeeds());
        if (!needs.isEmpty()) {
            b.append("   ⚑ ").append(needs);
        }
        if (t.language() != null) {
            b.append("   ").append(t.language().toUpperCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }

    private String needsText(List<String> needs) {
        if (needs == null || needs.isEmpty()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String n : needs) {
            String key = "need." + n.toUpperCase(java.util.Locale.ROOT);
            out.add(texts.has(key) ? texts.get(key) : n);
        }
        return String.join(", ", out);
    }

    private String minutes(long seconds) {
        return Long.toString(Math.round(seconds / 60.0));
    }

    private String duration(Duration d) {
        long s = d.getSeconds();
        return texts.format("time.minutesSeconds", s / 60, s % 60);
    }

    private Node centerPanel() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(8, 16, 8, 16));
        box.getChildren().addAll(currentCard(), actionBar(), triagePanel());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node currentCard() {
        VBox card = new VBox(6);
        card.setId("current-card");
        card.getStyleClass().add("current-card");
        card.setPadding(new Insets(12));
        Label number = new Label();
        number.setId("current-number");
        number.setStyle("-fx-font-size: 3.2em; -fx-font-weight: bold;");
        Label status = new Label();
        status.setId("current-status");
        status.setStyle("-fx-font-size: 1.3em;");
        Label details = new Label();
        details.setId("current-details");
        details.setWrapText(true);
        Label needs = new Label();
        needs.setId("current-needs");
        needs.setStyle("-fx-text-fill: #9a6700; -fx-font-weight: bold; -fx-font-size: 1.2em;");
        Label previous = new Label();
        previous.setId("current-previous");
        previous.setWrapText(true);
        Runnable update = () -> {
            TicketDto t = desk.current();
            if (t == null) {
                number.setText(texts.get("current.none"));
                status.setText(texts.get("current.noneHint"));
                details.setText("");
                needs.setText("");
                previous.setText("");
                return;
            }
            number.setText(t.number());
            status.setText(texts.get("status." + t.status().name()));
            String queue = vm.link().state().queues().stream()
                    .filter(q -> q.id().equals(t.queueId()))
                    .map(q -> q.prefix() + " " + q.name().in(lang))
                    .findFirst()
                    .orElse(t.queueId());
            String service = t.serviceId() == null
                    ? ""
                    : vm.catalog()
                            .service(t.serviceId())
                            .map(s -> s.name().in(lang))
                            .orElse("");
            details.setText(texts.format(
                    "current.details",
                    queue,
                    service,
                    duration(desk.waited(t)),
                    t.language() == null ? "-" : t.language().toUpperCase(java.util.Locale.ROOT),
                    t.recalls()));
            String n = needsText(t.specialNeeds());
            if (t.interpreterLanguage() != null) {
                n = n + " (" + t.interpreterLanguage() + ")";
            }
            needs.setText(n.isBlank() ? "" : texts.format("current.needs", n));
            String prev = desk.previousNotesProperty().get();
            previous.setText(prev == null ? "" : texts.format("current.previousNotes", prev));
        };
        desk.currentProperty().addListener((o, was, is) -> update.run());
        desk.nowProperty().addListener((o, was, is) -> update.run());
        update.run();
        card.getChildren().addAll(number, status, details, needs, previous);
        return card;
    }

    private Node actionBar() {
        FlowPane bar = new FlowPane(8, 8);
        bar.setId("action-bar");
        Button callNext = button("action.callNext", "F2", desk::callNext, desk.canCallNext());
        callNext.setId("btn-call-next");
        callNext.getStyleClass().add("accent");
        callNext.setStyle("-fx-font-size: 1.3em;");
        Button recall = button("action.recall", "F3", desk::recall, desk.canRecall());
        recall.setId("btn-recall");
        Button start = button("action.start", "F4", desk::start, desk.canStart());
        start.setId("btn-start");
        Button noShow = button("action.noShow", "F5", desk::noShow, desk.canNoShow());
        noShow.setId("btn-no-show");
        Button park = button("action.park", "F6", desk::park, desk.canPark());
        park.setId("btn-park");
        Button refer = button("action.refer", "F7", vm.referral()::begin, desk.canRefer());
        refer.setId("btn-refer");
        Button finish = button("action.finish", "F8", desk::beginFinish, desk.canFinish());
        finish.setId("btn-finish");
        finish.getStyleClass().add("success");
        bar.getChildren().addAll(callNext, recall, start, noShow, park, refer, finish);
        return bar;
    }

    private Node triagePanel() {
        TriageViewModel triage = desk.triage();
        GridPane grid = new GridPane();
        grid.setId("triage-panel");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.disableProperty().bind(Bindings.isNull(desk.currentProperty()));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(200);
        labels.setMaxWidth(230);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.add(header("triage.title"), 0, row++, 2, 1);

        authorityBox = new ComboBox<>(vm.catalog().authorities());
        authorityBox.setId("triage-authority");
        authorityBox.setConverter(converter(a -> a.name().in(lang)));
        authorityBox.setPrefWidth(360);
        bindId(
                authorityBox,
                triage.authorityIdProperty(),
                AuthorityDto::id,
                vm.catalog().authorities());
        grid.addRow(row++, new Label(texts.get("triage.authority")), authorityBox);

        topicField = new TextField();
        topicField.setId("triage-topic");
        topicField.textProperty().bindBidirectional(triage.topicProperty());
        grid.addRow(row++, new Label(texts.get("triage.topic") + "  [Ctrl+T]"), topicField);

        ComboBox<LifeEventDto> lifeEvent = new ComboBox<>(vm.catalog().lifeEvents());
        lifeEvent.setId("triage-life-event");
        lifeEvent.setConverter(converter(l -> l.name().in(lang)));
        lifeEvent.setPrefWidth(360);
        bindId(
                lifeEvent,
                triage.lifeEventIdProperty(),
                LifeEventDto::id,
                vm.catalog().lifeEvents());
        grid.addRow(row++, new Label(texts.get("triage.lifeEvent")), lifeEvent);

        VBox levels = new VBox(4);
        ToggleGroup levelGroup = new ToggleGroup();
        for (SupportLevel level : SupportLevel.values()) {
            ToggleButton b = new ToggleButton(
                    level.level() + "  " + texts.get("support." + level.name()) + "  [Alt+" + level.level() + "]");
            b.setId("support-" + level.level());
            b.setToggleGroup(levelGroup);
            b.setUserData(level);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            Label def = new Label(texts.get("support." + level.name() + ".definition"));
            def.setWrapText(true);
            def.getStyleClass().add("muted");
            levels.getChildren().addAll(b, def);
        }
        triage.supportLevelProperty().addListener((o, was, is) -> selectToggle(levelGroup, is));
        selectToggle(levelGroup, triage.supportLevelProperty().get());
        levelGroup.selectedToggleProperty().addListener((o, was, is) -> {
            SupportLevel chosen = is == null ? null : (SupportLevel) is.getUserData();
            if (!Objects.equals(chosen, triage.supportLevelProperty().get())) {
                triage.supportLevelProperty().set(chosen);
            }
        });
        grid.addRow(row++, new Label(texts.get("triage.supportLevel")), levels);

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
        grid.addRow(row++, new Label(texts.get("triage.specialNeeds")), needs);

        HBox channels = new HBox(12);
        ToggleGroup channelGroup = new ToggleGroup();
        for (Channel ch : Channel.values()) {
            RadioButton r = new RadioButton(texts.get("channel." + ch.name()));
            r.setId("channel-" + ch.name());
            r.setToggleGroup(channelGroup);
            r.setUserData(ch);
            channels.getChildren().add(r);
        }
        selectToggle(channelGroup, triage.channelProperty().get());
        triage.channelProperty().addListener((o, was, is) -> selectToggle(channelGroup, is));
        channelGroup.selectedToggleProperty().addListener((o, was, is) -> {
            if (is != null && is.getUserData() != triage.channelProperty().get()) {
                triage.channelProperty().set((Channel) is.getUserData());
            }
        });
        grid.addRow(row++, new Label(texts.get("triage.channel")), channels);

        notesArea = new TextArea();
        notesArea.setId("triage-notes");
        notesArea.setPrefRowCount(3);
        notesArea.setWrapText(true);
        notesArea.textProperty().bindBidirectional(triage.notesProperty());
        grid.addRow(row++, new Label(texts.get("triage.notes") + "  [Ctrl+N]"), notesArea);

        Label dirty = new Label();
        dirty.setId("triage-dirty");
        dirty.textProperty()
                .bind(Bindings.when(triage.dirtyProperty())
                        .then(texts.get("triage.unsaved"))
                        .otherwise(""));
        Button save = button(
                "action.saveTriage",
                "Ctrl+Enter",
                desk::saveTriage,
                Bindings.createBooleanBinding(
                        () -> vm.link().isOnline() && triage.isDirty() && desk.current() != null,
                        vm.link().onlineProperty(),
                        triage.dirtyProperty(),
                        desk.currentProperty()));
        save.setId("btn-save-triage");
        grid.addRow(row, new HBox(10, save, dirty));
        GridPane.setColumnSpan(grid.getChildren().get(grid.getChildren().size() - 1), 2);
        GridPane.setHgrow(topicField, Priority.ALWAYS);
        for (Node n : grid.getChildren()) {
            Integer column = GridPane.getColumnIndex(n);
            if (n instanceof Label l && (column == null || column == 0)) {
                l.setWrapText(true);
            }
        }
        return grid;
    }

    private static <T> void selectToggle(ToggleGroup group, Object value) {
        group.getToggles().stream()
                .filter(t -> Objects.equals(t.getUserData(), value))
                .findFirst()
                .ifPresentOrElse(t -> t.setSelected(true), () -> {
                    if (group.getSelectedToggle() != null) {
                        group.getSelectedToggle().setSelected(false);
                    }
                });
    }

    private <T> void bindId(
            ComboBox<T> box,
            javafx.beans.property.StringProperty id,
            Function<T, String> idOf,
            javafx.collections.ObservableList<T> items) {
        Runnable fromModel = () -> {
            T match = items.stream()
                    .filter(i -> Objects.equals(idOf.apply(i), id.get()))
                    .findFirst()
                    .orElse(null);
            if (!Objects.equals(box.getValue(), match)) {
                box.setValue(match);
            }
        };
        id.addListener((o, was, is) -> fromModel.run());
        items.addListener((ListChangeListener<T>) c -> fromModel.run());
        box.valueProperty().addListener((o, was, is) -> {
            String newId = is == null ? null : idOf.apply(is);
            if (!Objects.equals(newId, id.get())) {
                id.set(newId);
            }
        });
        fromModel.run();
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private Node rightPanel() {
        rightTabs = new TabPane();
        rightTabs.setId("right-tabs");
        rightTabs.setPrefWidth(520);
        rightTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab visit = new Tab(texts.get("tab.visit"), visitPanel());
        searchTab = new Tab(texts.get("tab.search"), searchPanel());
        statsTab = new Tab(texts.get("tab.statistics"), statisticsPanel());
        rightTabs.getTabs().addAll(visit, searchTab, statsTab);
        rightTabs.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> vm.statistics()
                .setShowing(is == statsTab));
        return rightTabs;
    }

    private Node visitPanel() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        box.getChildren().add(header("events.title"));
        FlowPane buttons = new FlowPane(6, 6);
        buttons.setId("event-buttons");
        Runnable rebuild = () -> {
            buttons.getChildren().clear();
            int i = 1;
            for (ServiceEventTypeDto type : vm.catalog().eventTypes()) {
                Integer digit = desk.shortcutOf(type, i - 1);
                String key = digit == null ? null : "Ctrl+" + digit;
                Button b = new Button(type.name().in(lang) + (key == null ? "" : "  [" + key + "]"));
                b.setId("event-" + type.id());
                b.setOnAction(e -> desk.recordEvent(type));
                b.disableProperty().bind(Bindings.not(desk.canRecordEvent()));
                b.setFocusTraversable(false);
                buttons.getChildren().add(b);
                i++;
            }
        };
        vm.catalog().eventTypes().addListener((ListChangeListener<ServiceEventTypeDto>) c -> rebuild.run());
        rebuild.run();
        ListView<RecordedEvent> list = new ListView<>(desk.events());
        list.setId("event-list");
        list.setPrefHeight(260);
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RecordedEvent e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                String name = vm.catalog().eventTypes().stream()
                        .filter(t -> t.id().equals(e.typeId()))
                        .map(t -> t.name().in(lang))
                        .findFirst()
                        .orElse(e.typeId());
                String authority = e.authorityId() == null
                        ? ""
                        : vm.catalog()
                                .authority(e.authorityId())
                                .map(a -> a.shortName() != null
                                        ? a.shortName()
                                        : a.name().in(lang))
                                .orElse(e.authorityId());
                setText(HHMM.withZone(zone).format(e.recordedAt()) + "  " + name + "  " + authority
                        + (e.sent() ? "  ✓" : ""));
            }
        });
        Label count = new Label();
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> texts.format("events.count", desk.events().size()), desk.events()));
        Button undo = button("action.undoEvent", "Ctrl+Delete", desk::undoLastEvent, desk.canRecordEvent());
        undo.setId("btn-undo-event");
        box.getChildren().addAll(buttons, list, count, undo);
        return box;
    }

    private Node searchPanel() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        ListView<KnowledgeHit> results = new ListView<>(vm.search().results());
        results.setId("search-results");
        results.getStyleClass().add("multi-line-list");
        VBox.setVgrow(results, Priority.ALWAYS);
        results.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(KnowledgeHit h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label title = new Label(h.title());
                title.setStyle("-fx-font-weight: bold;");
                String kindKey = "kind." + h.kind();
                Label kind = new Label(texts.has(kindKey) ? texts.get(kindKey) : h.kind());
                kind.getStyleClass().add("muted");
                Label body = new Label(h.body() == null ? "" : h.body());
                body.setWrapText(true);
                body.setMaxWidth(460);
                Label contact = new Label(h.contact() == null ? "" : h.contact());
                VBox v = new VBox(2, new HBox(8, title, kind), body, contact);
                setText(null);
                setGraphic(v);
            }
        });
        Label count = new Label();
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> texts.format(
                                "search.count",
                                vm.search().results().size(),
                                vm.search().indexedProperty().get()),
                        vm.search().results(),
                        vm.search().indexedProperty()));
        box.getChildren().addAll(count, results);
        return box;
    }

    private Node statisticsPanel() {
        StatisticsViewModel stats = vm.statistics();
        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        box.setId("statistics-panel");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        Runnable rebuild = () -> {
            grid.getChildren().clear();
            int r = 0;
            for (StatisticsViewModel.Row row : stats.rows()) {
                Label value = new Label(row.value());
                value.setStyle("-fx-font-weight: bold; -fx-font-size: 1.2em;");
                grid.addRow(r++, new Label(row.label()), value);
            }
        };
        stats.rows().addListener((ListChangeListener<StatisticsViewModel.Row>) c -> rebuild.run());
        Label err = new Label();
        err.textProperty().bind(stats.errorProperty());
        Button refresh =
                button("action.refresh", null, stats::refresh, vm.link().onlineProperty());
        box.getChildren().addAll(header("stats.title"), grid, err, refresh);
        return box;
    }

    // ---- overlays ----------------------------------------------------------------------------------

    private VBox overlay(String id) {
        VBox pane = new VBox(10);
        pane.setId(id);
        pane.getStyleClass().add("console-overlay");
        pane.setPadding(new Insets(20));
        pane.setMaxWidth(760);
        pane.setMaxHeight(Region.USE_PREF_SIZE);
        return pane;
    }

    private VBox finishOverlay() {
        VBox pane = overlay("finish-overlay");
        pane.visibleProperty().bind(desk.finishOpenProperty());
        pane.getChildren().add(header("finish.title"));
        pane.getChildren().add(new Label(texts.get("finish.outcomeHint")));
        HBox outcomes = new HBox(8);
        ToggleGroup og = new ToggleGroup();
        int i = 1;
        for (Outcome o : Outcome.values()) {
            ToggleButton b = new ToggleButton(i + "  " + texts.get("outcome." + o.name()));
            b.setId("outcome-" + o.name());
            b.setToggleGroup(og);
            b.setUserData(o);
            b.setOnAction(e -> desk.chooseOutcome(o));
            outcomes.getChildren().add(b);
            i++;
        }
        desk.outcomeProperty().addListener((o, was, is) -> selectToggle(og, is));
        pane.getChildren().add(outcomes);
        pane.getChildren().add(new Label(texts.get("finish.assessmentHint")));
        HBox grades = new HBox(8);
        ToggleGroup ag = new ToggleGroup();
        for (int g = 1; g <= 5; g++) {
            int grade = g;
            ToggleButton b = new ToggleButton(Integer.toString(g));
            b.setId("assessment-" + g);
            b.setToggleGroup(ag);
            b.setUserData(g);
            b.setOnAction(e -> desk.chooseAssessment(grade));
            grades.getChildren().add(b);
        }
        desk.assessmentProperty().addListener((o, was, is) -> selectToggle(ag, is.intValue()));
        pane.getChildren().add(grades);
        Label summary = new Label();
        summary.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> texts.format("finish.summary", desk.events().size()), desk.events()));
        Button confirm = button("finish.confirm", "Enter", desk::confirmFinish, desk.canFinish());
        confirm.setId("btn-finish-confirm");
        desk.finishOpenProperty().addListener((o, was, is) -> {
            if (is) {
                javafx.application.Platform.runLater(confirm::requestFocus);
            }
        });
        Button cancel = button("action.cancel", "Esc", desk::cancelFinish, null);
        pane.getChildren().addAll(summary, new HBox(10, confirm, cancel));
        StackPane.setAlignment(pane, Pos.CENTER);
        return pane;
    }

    private VBox referralOverlay() {
        ReferralViewModel ref = vm.referral();
        VBox pane = overlay("referral-overlay");
        pane.setMaxWidth(1300);
        pane.visibleProperty().bind(ref.openProperty());
        pane.getChildren().add(header("referral.title"));
        FlowPane kinds = new FlowPane(8, 8);
        ToggleGroup kg = new ToggleGroup();
        int i = 1;
        for (ReferralKind k : ReferralKind.values()) {
            ToggleButton b = new ToggleButton(i + "  " + texts.get("referral.kind." + k.name()));
            b.setId("referral-kind-" + k.name());
            b.setToggleGroup(kg);
            b.setUserData(k);
            b.setOnAction(e -> ref.chooseKind(k));
            kinds.getChildren().add(b);
            i++;
        }
        selectToggle(kg, ref.kindProperty().get());
        ref.kindProperty().addListener((o, was, is) -> selectToggle(kg, is));
        ListView<ReferralTarget> targets = new ListView<>(ref.targets());
        targets.setId("referral-targets");
        targets.getStyleClass().add("multi-line-list");
        ref.openProperty().addListener((o, was, is) -> {
            if (is) {
                javafx.application.Platform.runLater(targets::requestFocus);
            }
        });
        targets.setPrefHeight(240);
        targets.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ReferralTarget t, boolean empty) {
                super.updateItem(t, empty);
                setText(
                        empty || t == null
                                ? null
                                : t.name()
                                        + (t.detail() == null || t.detail().isBlank()
                                                ? ""
                                                : "  —  " + t.detail().replace('\n', ' ')));
            }
        });
        ref.targetProperty().addListener((o, was, is) -> {
            if (is != null && targets.getSelectionModel().getSelectedItem() != is) {
                targets.getSelectionModel().select(is);
                targets.scrollTo(is);
            }
        });
        targets.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && is != ref.targetProperty().get()) {
                ref.targetProperty().set(is);
            }
        });
        CheckBox front = new CheckBox(texts.get("referral.toFront") + "  [Alt+F]");
        front.setId("referral-to-front");
        front.selectedProperty().bindBidirectional(ref.toFrontProperty());
        front.visibleProperty().bind(ref.kindProperty().isEqualTo(ReferralKind.QUEUE));
        TextArea instructions = new TextArea();
        instructions.setId("referral-instructions");
        instructions.setPrefRowCount(3);
        instructions.setWrapText(true);
        instructions.setPromptText(texts.get("referral.instructionsPrompt"));
        instructions.textProperty().bindBidirectional(ref.instructionsProperty());
        Button confirm = button("referral.confirm", "Ctrl+Enter", ref::confirm, ref.canConfirm());
        confirm.setId("btn-referral-confirm");
        Button print = button("referral.print", "Ctrl+P", this::printSlip, Bindings.isNotNull(ref.slipProperty()));
        print.setId("btn-referral-print");
        Button close = button("action.close", "Esc", ref::cancel, null);
        Label checklistHint = new Label(texts.get("referral.checklistHint"));
        checklistHint.visibleProperty().bind(ref.kindProperty().isEqualTo(ReferralKind.EXTERNAL_PROVIDER));
        VBox form = new VBox(
                8,
                new Label(texts.get("referral.kindHint")),
                kinds,
                targets,
                front,
                new Label(texts.get("referral.instructions")),
                instructions,
                checklistHint,
                new HBox(10, confirm, print, close),
                slipStatus);
        form.setPrefWidth(640);
        StackPane preview = new StackPane();
        preview.setId("slip-preview");
        preview.setMinWidth(SlipNode.WIDTH + 20);
        preview.getStyleClass().add("slip-preview");
        ref.slipProperty().addListener((o, was, is) -> {
            preview.getChildren().clear();
            if (is != null) {
                preview.getChildren().add(SlipNode.build(is, zone));
                saveSlipPng(is);
            }
        });
        slipStatus.setWrapText(true);
        slipStatus.setMaxWidth(620);
        HBox content = new HBox(16, form, preview);
        pane.getChildren().add(content);
        StackPane.setAlignment(pane, Pos.CENTER);
        return pane;
    }

    private void saveSlipPng(ReferralSlip slip) {
        slips.savePng(slip, file -> slipStatus.setText(texts.format("referral.slipSaved", file.toString())), e -> {
            log.warn("could not save the referral slip as PNG", e);
            slipStatus.setText(texts.get("referral.slipNotSaved"));
        });
    }

    private void printSlip() {
        ReferralSlip slip = vm.referral().slipProperty().get();
        if (slip == null) {
            return;
        }
        slipStatus.setText(texts.get("referral.printing"));
        slips.print(
                slip,
                ok -> slipStatus.setText(ok ? texts.get("referral.printed") : texts.get("referral.noPrinter")),
                e -> {
                    log.warn("printing the referral slip failed", e);
                    slipStatus.setText(texts.get("referral.printFailed"));
                });
    }

    private VBox incidentOverlay() {
        IncidentViewModel inc = vm.incident();
        VBox pane = overlay("incident-overlay");
        pane.visibleProperty().bind(inc.openProperty());
        pane.getChildren().add(header("incident.title"));
        pane.getChildren().add(new Label(texts.get("incident.categoryHint")));
        HBox cats = new HBox(8);
        ToggleGroup cg = new ToggleGroup();
        int i = 1;
        for (IncidentViewModel.Category c : IncidentViewModel.Category.values()) {
            ToggleButton b = new ToggleButton(i + "  " + texts.get("incident.category." + c.name()));
            b.setId("incident-" + c.name());
            b.setToggleGroup(cg);
            b.setUserData(c);
            b.setOnAction(e -> inc.categoryProperty().set(c));
            cats.getChildren().add(b);
            i++;
        }
        selectToggle(cg, inc.categoryProperty().get());
        inc.categoryProperty().addListener((o, was, is) -> selectToggle(cg, is));
        HBox sev = new HBox(8);
        ToggleGroup sg = new ToggleGroup();
        for (int s = 1; s <= 3; s++) {
            int level = s;
            ToggleButton b = new ToggleButton(texts.get("incident.severity." + s) + "  [Alt+" + s + "]");
            b.setToggleGroup(sg);
            b.setUserData(s);
            b.setOnAction(e -> inc.severityProperty().set(level));
            sev.getChildren().add(b);
        }
        selectToggle(sg, inc.severityProperty().get());
        inc.severityProperty().addListener((o, was, is) -> selectToggle(sg, is.intValue()));
        TextArea description = new TextArea();
        description.setId("incident-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(inc.descriptionProperty());
        Button save = button("incident.save", "Ctrl+Enter", inc::save, inc.canSave());
        save.setId("btn-incident-save");
        Button cancel = button("action.cancel", "Esc", inc::cancel, null);
        inc.openProperty().addListener((o, was, is) -> {
            if (is) {
                javafx.application.Platform.runLater(
                        () -> cats.getChildren().get(0).requestFocus());
            }
        });
        pane.getChildren()
                .addAll(
                        cats,
                        new Label(texts.get("incident.severity")),
                        sev,
                        new Label(texts.get("incident.description")),
                        description,
                        new HBox(10, save, cancel));
        StackPane.setAlignment(pane, Pos.CENTER);
        return pane;
    }

    private VBox checklistOverlay() {
        VBox pane = overlay("checklist-overlay");
        pane.visibleProperty().bind(vm.checklistOpenProperty());
        pane.getChildren().add(header("checklist.title"));
        for (int i = 1; texts.has("checklist." + i); i++) {
            Label l = new Label("▶ " + texts.get("checklist." + i));
            l.setWrapText(true);
            pane.getChildren().add(l);
        }
        pane.getChildren().add(button("action.close", "F1 / Esc", vm::toggleChecklist, null));
        StackPane.setAlignment(pane, Pos.TOP_RIGHT);
        StackPane.setMargin(pane, new Insets(80, 24, 0, 0));
        return pane;
    }

    // ---- keys --------------------------------------------------------------------------------------

    private Button button(String key, String shortcut, Runnable action, ObservableBooleanValue enabled) {
        Button b = new Button(texts.get(key) + (shortcut == null ? "" : "  [" + shortcut + "]"));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        if (enabled != null) {
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.get(), enabled));
        }
        return b;
    }

    private Label header(String key) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add("section-header");
        l.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        return l;
    }

    private void on(String combination, Runnable action) {
        shortcuts.add(new Shortcut(KeyCombination.valueOf(combination), action));
    }

    private void registerShortcuts() {
        on("F1", vm::toggleChecklist);
        on("F2", desk::callNext);
        on("F3", desk::recall);
        on("F4", desk::start);
        on("F5", desk::noShow);
        on("F6", desk::park);
        on("F7", vm.referral()::begin);
        on("F8", desk::beginFinish);
        on("F9", desk::callChosen);
        on("F11", vm.help()::acknowledgeOldest);
        on("F12", vm.incident()::begin);
        on("Shortcut+Shift+L", vm::logout);
        on("Shortcut+K", () -> {
            searchField.requestFocus();
            searchField.selectAll();
        });
        on("Shortcut+S", this::showStatistics);
        on("Shortcut+L", () -> {
            waitingList.requestFocus();
            if (waitingList.getSelectionModel().isEmpty()
                    && !waitingList.getItems().isEmpty()) {
                waitingList.getSelectionModel().selectFirst();
            }
        });
        on("Shortcut+T", () -> topicField.requestFocus());
        on("Shortcut+N", () -> notesArea.requestFocus());
        on("Shortcut+Enter", desk::saveTriage);
        on("Shortcut+Delete", desk::undoLastEvent);
        for (int i = 1; i <= 9; i++) {
            int n = i;
            on("Shortcut+" + i, () -> desk.recordEventNumber(n));
        }
        for (int i = 1; i <= 4; i++) {
            int n = i;
            on("Alt+" + i, () -> {
                if (desk.current() != null) {
                    desk.triage().setSupportLevel(n);
                }
            });
        }
    }

    private void showStatistics() {
        rightTabs.getSelectionModel().select(statsTab);
    }

    private static int digit(KeyEvent e) {
        KeyCode c = e.getCode();
        if (c.isDigitKey()) {
            String name = c.getName();
            return Character.getNumericValue(name.charAt(name.length() - 1));
        }
        return -1;
    }

    private static boolean plain(KeyEvent e) {
        return !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShortcutDown();
    }

    private void onKey(KeyEvent e) {
        boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
        if (desk.finishOpenProperty().get() && finishKey(e)) {
            e.consume();
            return;
        }
        if (vm.referral().isOpen() && referralKey(e, typing)) {
            e.consume();
            return;
        }
        if (vm.incident().openProperty().get() && incidentKey(e, typing)) {
            e.consume();
            return;
        }
        if (vm.checklistOpenProperty().get() && e.getCode() == KeyCode.ESCAPE) {
            vm.toggleChecklist();
            e.consume();
            return;
        }
        for (Shortcut s : shortcuts) {
            if (s.keys().match(e)) {
                s.action().run();
                e.consume();
                return;
            }
        }
    }

    private boolean finishKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            desk.cancelFinish();
            return true;
        }
        if (e.getCode() == KeyCode.ENTER) {
            desk.confirmFinish();
            return true;
        }
        if (e.getCode() == KeyCode.BACK_SPACE) {
            desk.chooseOutcome(null);
            desk.assessmentProperty().set(0);
            return true;
        }
        int d = plain(e) ? digit(e) : -1;
        if (d < 1) {
            return false;
        }
        if (desk.outcomeProperty().get() == null) {
            if (d <= Outcome.values().length) {
                desk.chooseOutcome(Outcome.values()[d - 1]);
            }
        } else {
            desk.chooseAssessment(d);
        }
        return true;
    }

    private boolean referralKey(KeyEvent e, boolean typing) {
        ReferralViewModel ref = vm.referral();
        if (e.getCode() == KeyCode.ESCAPE) {
            ref.cancel();
            return true;
        }
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            ref.confirm();
            return true;
        }
        if (e.getCode() == KeyCode.P && e.isShortcutDown()) {
            printSlip();
            return true;
        }
        if (e.getCode() == KeyCode.F && e.isAltDown()) {
            ref.toFrontProperty().set(!ref.toFrontProperty().get());
            return true;
        }
        if (typing) {
            return false;
        }
        int d = plain(e) ? digit(e) : -1;
        if (d >= 1 && d <= ReferralKind.values().length) {
            ref.chooseKindNumber(d);
            return true;
        }
        if (e.getCode() == KeyCode.DOWN) {
            ref.moveTarget(1);
            return true;
        }
        if (e.getCode() == KeyCode.UP) {
            ref.moveTarget(-1);
            return true;
        }
        return false;
    }

    private boolean incidentKey(KeyEvent e, boolean typing) {
        IncidentViewModel inc = vm.incident();
        if (e.getCode() == KeyCode.ESCAPE) {
            inc.cancel();
            return true;
        }
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            inc.save();
            return true;
        }
        int d = digit(e);
        if (e.isAltDown() && d >= 1 && d <= 3) {
            inc.severityProperty().set(d);
            return true;
        }
        if (!typing && plain(e) && d >= 1 && d <= IncidentViewModel.Category.values().length) {
            inc.chooseCategoryNumber(d);
            return true;
        }
        return false;
    }
}
