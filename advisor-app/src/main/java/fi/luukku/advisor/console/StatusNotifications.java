package fi.luukku.advisor.console;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;

/**
 * Status and errors where the advisor cannot miss them: each new message or error slides in as a large
 * ControlsFX notification over the console (errors in red, staying until the next action; messages hide after a
 * few seconds), and the last of each stays readable in the status line under the top bar.
 */
final class StatusNotifications {
    private static final Duration MESSAGE_TIME = Duration.seconds(8);
    private final NotificationPane pane;
    private final FlowPane bar;
    private final PauseTransition hide = new PauseTransition(MESSAGE_TIME);

    StatusNotifications(ConsoleViewModel vm, Node content) {
        pane = new NotificationPane(content);
        pane.setId("notification-pane");
        pane.getStyleClass().add("console-notifications");
        pane.setShowFromTop(true);
        pane.setCloseButtonVisible(true);
        hide.setOnFinished(e -> {
            if (!pane.getStyleClass().contains("error")) {
                pane.hide();
            }
        });
        ObservableStringValue error = Bindings.createStringBinding(
                () -> ViewKit.firstNonBlank(
                        vm.desk().status().errorProperty().get(),
                        vm.referral().errorProperty().get(),
                        vm.incident().errorProperty().get()),
                vm.desk().status().errorProperty(),
                vm.referral().errorProperty(),
                vm.incident().errorProperty());
        ObservableStringValue message = Bindings.createStringBinding(
                () -> ViewKit.firstNonBlank(
                        vm.desk().status().messageProperty().get(),
                        vm.incident().messageProperty().get()),
                vm.desk().status().messageProperty(),
                vm.incident().messageProperty());
        error.addListener((o, was, is) -> {
            if (is != null && !is.isBlank()) {
                show(is, true);
            } else if (pane.getStyleClass().contains("error")) {
                pane.hide();
            }
        });
        message.addListener((o, was, is) -> {
            if (is != null && !is.isBlank() && error.get().isBlank()) {
                show(is, false);
            }
        });
        Label msg = new Label();
        msg.setId("console-message");
        msg.getStyleClass().add("status-message");
        msg.setWrapText(true);
        msg.textProperty().bind(message);
        Label err = new Label();
        err.setId("console-error");
        err.getStyleClass().add("status-error");
        err.setWrapText(true);
        err.textProperty().bind(error);
        bar = new FlowPane(24, 4, msg, err);
        bar.setId("status-line");
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.setMinHeight(30);
    }

    private void show(String text, boolean isError) {
        pane.getStyleClass().removeAll("error", "info");
        pane.getStyleClass().add(isError ? "error" : "info");
        Label l = new Label(text);
        l.setId(isError ? "notification-error" : "notification-message");
        l.getStyleClass().add("notification-text");
        l.setWrapText(true);
        pane.setText(null);
        pane.setGraphic(l);
        pane.show();
        hide.stop();
        if (!isError) {
            hide.playFromStart();
        }
    }

    NotificationPane pane() {
        return pane;
    }

    FlowPane bar() {
        return bar;
    }
}
