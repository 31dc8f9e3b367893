package fi.luukku.kiosk.start;

import fi.luukku.kiosk.i18n.LanguageOption;
import fi.luukku.kiosk.i18n.Messages;
import fi.luukku.kiosk.ui.Ui;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Start: "welcome" and "choose your language" in every language, and one big button per language. */
public final class StartView {
    private final StartViewModel vm;
    private final Messages messages;

    public StartView(StartViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Region createView() {
        Label welcome = new Label();
        welcome.getStyleClass().add("title-text");
        welcome.setId("start-welcome");
        welcome.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> messages.get(vm.language().get(), "start.welcome"), vm.language()));
        // "choose your language" in every language, each in its own script and direction
        FlowPane choose = new FlowPane(24, 4);
        choose.setAlignment(Pos.CENTER);
        for (LanguageOption l : vm.languages()) {
            Label c = new Label(messages.get(l.code(), "start.choose"));
            c.getStyleClass().add("subtitle-text");
            c.setNodeOrientation(messages.orientation(l.code()));
            choose.getChildren().add(c);
        }
        VBox titles = new VBox(12, welcome, choose);
        titles.setAlignment(Pos.CENTER);
        FlowPane buttons = new FlowPane(24, 24);
        buttons.setAlignment(Pos.CENTER);
        for (LanguageOption l : vm.languages()) {
            Button b = Ui.button(
                    "lang-" + l.code(),
                    new ReadOnlyStringWrapper(l.nativeName()),
                    () -> vm.choose(l.code()),
                    "language-button");
            b.setNodeOrientation(messages.orientation(l.code()));
            buttons.getChildren().add(b);
        }
        VBox root = new VBox(40, titles, buttons);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(24));
        root.getStyleClass().add("start-screen");
        return Ui.scroll(root);
    }
}
