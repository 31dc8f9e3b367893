package fi.luukku.kiosk.needs;

import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.kiosk.ui.I18n;
import fi.luukku.kiosk.ui.TileGrid;
import fi.luukku.kiosk.ui.Ui;
import fi.luukku.ui.CitizenFonts;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/** Optional special needs as large toggles; the interpreter's language appears when an interpreter is asked. */
public final class NeedsView {
    private final NeedsViewModel vm;
    private final I18n i18n;

    public NeedsView(NeedsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public Region createView() {
        Label title = Ui.label(i18n.text("needs.title"), "title-text");
        Label hint = Ui.label(i18n.text("needs.hint"), "subtitle-text");

        // as tall as the longest need's text wraps to at the width it gets (never lower than the touch minimum)
        TileGrid toggles = new TileGrid(400, 96, 16);
        for (SpecialNeed n : NeedsViewModel.OFFERED) {
            ToggleButton t = new ToggleButton();
            t.setId("need-" + n.name());
            t.textProperty().bind(i18n.text("need." + n.name()));
            t.getStyleClass().addAll("touch-button", "tile", "need-toggle");
            t.setWrapText(true);
            t.setTextAlignment(TextAlignment.CENTER);
            t.setMaxWidth(Double.MAX_VALUE);
            t.setMaxHeight(Double.MAX_VALUE);
            t.setMinWidth(0);
            t.selectedProperty().bindBidirectional(vm.selectedProperty(n));
            toggles.getChildren().add(t);
        }

        Label interpTitle = Ui.label(i18n.text("needs.interpreterLanguage"), "section-title");
        FlowPane langs = new FlowPane(10, 10);
        langs.setAlignment(Pos.CENTER);
        for (String code : NeedsViewModel.INTERPRETER_LANGUAGES) {
            ToggleButton b = new ToggleButton();
            b.setId("interp-" + code);
            b.getStyleClass().addAll("touch-button", "interp-language");
            // the name in itself (in its own script's font) over the name in the citizen's language
            String ownName = NeedsViewModel.ownName(code);
            Label own = new Label(ownName);
            own.getStyleClass().add("interp-own");
            own.setStyle("-fx-font-family: \"" + CitizenFonts.familyFor(ownName) + "\";");
            Label inUi = new Label();
            inUi.getStyleClass().add("interp-ui");
            inUi.textProperty()
                    .bind(Bindings.createStringBinding(
                            () -> NeedsViewModel.uiName(code, i18n.language().get()), i18n.language()));
            inUi.visibleProperty().bind(inUi.textProperty().isNotEmpty());
            inUi.managedProperty().bind(inUi.visibleProperty());
            VBox names = new VBox(0, own, inUi);
            names.setAlignment(Pos.CENTER);
            b.setGraphic(names);
            b.setAccessibleText(ownName);
            // a tap toggles the button itself: the view model decides and the button follows it (never bound,
            // since a bound "selected" cannot be set by the tap)
            b.setSelected(code.equals(vm.getInterpreterLanguage()));
            vm.interpreterLanguageProperty().addListener((o, was, now) -> b.setSelected(code.equals(now)));
            b.setOnAction(e -> {
                vm.chooseInterpreterLanguage(code);
                b.setSelected(code.equals(vm.getInterpreterLanguage()));
            });
            langs.getChildren().add(b);
        }
        VBox interp = new VBox(12, interpTitle, langs);
        interp.setAlignment(Pos.CENTER);
        interp.visibleProperty().bind(vm.selectedProperty(SpecialNeed.INTERPRETER));
        interp.managedProperty().bind(interp.visibleProperty());

        Button skip = Ui.button("needs-cancel", i18n.text("needs.cancel"), vm::cancel);
        Button next = Ui.button("needs-done", i18n.text("needs.done"), vm::done, "accent");
        HBox actions = new HBox(24, skip, next);
        actions.setAlignment(Pos.CENTER);

        actions.setPadding(new Insets(12, 24, 12, 24));
        actions.getStyleClass().add("action-bar");

        // the choices scroll if large text or a long language needs it; "Done" and "No support" stay in sight
        VBox content = new VBox(16, title, hint, toggles, interp);
        content.setAlignment(Pos.TOP_CENTER);
        content.setPadding(new Insets(16, 24, 8, 24));
        BorderPane root = new BorderPane(Ui.scroll(content));
        root.setBottom(actions);
        return root;
    }
}
