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
        VBox titles = new VBox(8);
        titles.setAlignment(Pos.CENTER);
        for (LanguageOption l : vm.languages()) {
            Label welcome = new Label(messages.get(l.code(), "start.welcome"));
            welcome.getStyleClass().add("title-text");
            Label choose = new Label(messages.get(l.code(), "start.choose"));
            choose.getStyleClass().add("subtitle-text");
            VBox one = new VBox(2, welcome, choose);
            one.setAlignment(Pos.CENTER);
            titles.getChildren().add(one);
        }
        FlowPane buttons = new FlowPane(32, 32);
        buttons.setAlignment(Pos.CENTER);
        for (LanguageOption l : vm.languages()) {
            Button b = Ui.button(
                    "lang-" + l.code(),
                    new ReadOnlyStringWrapper(l.nativeName()),
                    () -> vm.choose(l.code()),
                    "language-button");
            buttons.getChildren().add(b);
        }
        VBox root = new VBox(64, titles, buttons);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(32));
        root.getStyleClass().add("start-screen");
        return Ui.scroll(root);
    }
}
