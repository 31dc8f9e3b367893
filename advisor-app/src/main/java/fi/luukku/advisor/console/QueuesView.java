package fi.luukku.advisor.console;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.console.KeyTable.Command;
import fi.luukku.advisor.desk.DeskViewModel;
import fi.luukku.advisor.desk.QueueListsViewModel;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.TicketDto;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The desk's queues, the waiting tickets (with appointment times) and the parked ones. */
final class QueuesView {
    private final VBox root = new VBox(8);
    private final ListView<TicketDto> waitingList;
    private final ListView<QueueDto> queueList;

    QueuesView(DeskViewModel desk, ViewKit kit) {
        QueueListsViewModel lists = desk.queues();
        Texts texts = kit.texts();
        String lang = kit.lang();
        root.setId("queues-view");
        root.getStyleClass().add("queues-view");
        root.setPadding(new Insets(8, 8, 8, 12));
        queueList = new ListView<>(lists.deskQueues());
        queueList.setId("queue-list");
        queueList.getStyleClass().add("multi-line-list");
        queueList.setFocusTraversable(false);
        queueList.setPrefHeight(150);
        queueList.setMinHeight(90);
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
        Label wTitle = new Label(kit.withKey("waiting.title", Command.WAITING_LIST));
        wTitle.getStyleClass().add("section-header");
        waitingList = new ListView<>(lists.waiting());
        waitingList.setId("waiting-list");
        waitingList.getStyleClass().add("multi-line-list");
        waitingList.setMinHeight(120);
        VBox.setVgrow(waitingList, Priority.ALWAYS);
        waitingList.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(TicketDto t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : ticketLine(t, lists, kit));
            }
        });
        waitingList.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                lists.selectedWaitingProperty().set(is);
            }
        });
        lists.selectedWaitingProperty().addListener((o, was, is) -> {
            if (is == null) {
                waitingList.getSelectionModel().clearSelection();
            }
        });
        Button callChosen = kit.button(
                "action.callChosen",
                Command.CALL_CHOSEN,
                desk::callChosen,
                desk.actions().canCallChosen());
        callChosen.setId("btn-call-chosen");
        callChosen.setMaxWidth(Double.MAX_VALUE);
        ListView<TicketDto> parkedList = new ListView<>(lists.parked());
        parkedList.setId("parked-list");
        parkedList.setPrefHeight(90);
        parkedList.setMinHeight(60);
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
                    resume.disableProperty().bind(Bindings.not(desk.actions().canCallNext()));
                    setText(ticketLine(t, lists, kit));
                    setGraphic(resume);
                }
            }
        });
        root.getChildren()
                .addAll(
                        kit.header("queues.title"),
                        queueList,
                        wTitle,
                        waitingList,
                        callChosen,
                        kit.header("parked.title"),
                        parkedList);
    }

    static String ticketLine(TicketDto t, QueueListsViewModel lists, ViewKit kit) {
        Texts texts = kit.texts();
        StringBuilder b = new StringBuilder();
        b.append(t.number())
                .append("   ")
                .append(texts.format("time.minutes", lists.waited(t).toMinutes()));
        if (t.appointmentId() != null) {
            String at = lists.appointmentClock(t);
            b.append("   ")
                    .append(at.isEmpty() ? texts.get("ticket.appointment") : texts.format("ticket.appointmentAt", at));
        }
        String needs = kit.needsText(t.specialNeeds());
        if (!needs.isEmpty()) {
            b.append("   ⚑ ").append(needs);
        }
        if (t.language() != null) {
            b.append("   ").append(t.language().toUpperCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }

    private static String minutes(long seconds) {
        return Long.toString(Math.round(seconds / 60.0));
    }

    VBox root() {
        return root;
    }

    ListView<TicketDto> waitingList() {
        return waitingList;
    }

    /** Moves the focus to the waiting list (Ctrl+L) and selects its first ticket when none is. */
    void focusWaiting() {
        waitingList.requestFocus();
        if (waitingList.getSelectionModel().isEmpty() && !waitingList.getItems().isEmpty()) {
            waitingList.getSelectionModel().selectFirst();
        }
    }

    void refresh() {
        waitingList.refresh();
        queueList.refresh();
    }
}
