package fi.luukku.advisor.console;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.console.KeyTable.Command;
import fi.luukku.advisor.desk.ActionStates;
import fi.luukku.advisor.desk.DeskViewModel;
import fi.luukku.advisor.live.Catalog;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.core.api.TicketDto;
import java.time.Duration;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The customer at hand (number, status, queue, needs, notes handed over) and the desk's action buttons. */
final class CurrentVisitView {
    private final VBox root = new VBox(10);

    CurrentVisitView(DeskViewModel desk, LiveLink link, Catalog catalog, Runnable transfer, ViewKit kit) {
        root.setId("current-visit-view");
        root.getChildren().addAll(card(desk, link, catalog, kit), actionBar(desk, transfer, kit));
    }

    private VBox card(DeskViewModel desk, LiveLink link, Catalog catalog, ViewKit kit) {
        Texts texts = kit.texts();
        String lang = kit.lang();
        VBox card = new VBox(6);
        card.setId("current-card");
        card.getStyleClass().add("current-card");
        card.setPadding(new Insets(12));
        Label number = new Label();
        number.setId("current-number");
        number.getStyleClass().add("current-number");
        Label status = new Label();
        status.setId("current-status");
        status.getStyleClass().add("current-status");
        Label details = new Label();
        details.setId("current-details");
        details.setWrapText(true);
        Label needs = new Label();
        needs.setId("current-needs");
        needs.getStyleClass().add("current-needs");
        needs.setWrapText(true);
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
            String queue = link.state().queues().stream()
                    .filter(q -> q.id().equals(t.queueId()))
                    .map(q -> q.prefix() + " " + q.name().in(lang))
                    .findFirst()
                    .orElse(t.queueId());
            String service = t.serviceId() == null
                    ? ""
                    : catalog.service(t.serviceId()).map(s -> s.name().in(lang)).orElse("");
            details.setText(texts.format(
                    "current.details",
                    queue,
                    service,
                    duration(texts, desk.queues().waited(t)),
                    t.language() == null ? "-" : t.language().toUpperCase(java.util.Locale.ROOT),
                    t.recalls()));
            String n = kit.needsText(t.specialNeeds());
            if (t.interpreterLanguage() != null) {
                n = n + " (" + t.interpreterLanguage() + ")";
            }
            needs.setText(n.isBlank() ? "" : texts.format("current.needs", n));
            String prev = desk.previousNotesProperty().get();
            previous.setText(prev == null ? "" : texts.format("current.previousNotes", prev));
        };
        desk.currentProperty().addListener((o, was, is) -> update.run());
        desk.queues().nowProperty().addListener((o, was, is) -> update.run());
        update.run();
        card.getChildren().addAll(number, status, details, needs, previous);
        return card;
    }

    private static String duration(Texts texts, Duration d) {
        long s = d.getSeconds();
        return texts.format("time.minutesSeconds", s / 60, s % 60);
    }

    private FlowPane actionBar(DeskViewModel desk, Runnable transfer, ViewKit kit) {
        ActionStates can = desk.actions();
        FlowPane bar = new FlowPane(8, 8);
        bar.setId("action-bar");
        Button callNext = kit.button("action.callNext", Command.CALL_NEXT, desk::callNext, can.canCallNext());
        callNext.setId("btn-call-next");
        callNext.getStyleClass().addAll("accent", "call-next");
        Button recall = kit.button("action.recall", Command.RECALL, desk::recall, can.canRecall());
        recall.setId("btn-recall");
        Button start = kit.button("action.start", Command.START, desk::start, can.canStart());
        start.setId("btn-start");
        Button noShow = kit.button("action.noShow", Command.NO_SHOW, desk::noShow, can.canNoShow());
        noShow.setId("btn-no-show");
        desk.noShows().armedProperty().addListener((o, was, is) -> {
            noShow.setText(kit.withKey(is ? "action.noShowConfirm" : "action.noShow", Command.NO_SHOW));
            noShow.getStyleClass().remove("danger");
            if (is) {
                noShow.getStyleClass().add("danger");
            }
        });
        Button undoNoShow = kit.button(
                "action.undoNoShow",
                Command.UNDO_NO_SHOW,
                desk.noShows()::undo,
                desk.noShows().canUndo());
        undoNoShow.setId("btn-undo-no-show");
        undoNoShow.visibleProperty().bind(desk.noShows().canUndo());
        undoNoShow.managedProperty().bind(undoNoShow.visibleProperty());
        Button park = kit.button("action.park", Command.PARK, desk::park, can.canPark());
        park.setId("btn-park");
        Button refer = kit.button("action.refer", Command.TRANSFER, transfer, can.canRefer());
        refer.setId("btn-refer");
        Button finish = kit.button("action.finish", Command.FINISH, desk.finish()::begin, can.canFinish());
        finish.setId("btn-finish");
        finish.getStyleClass().add("success");
        bar.getChildren().addAll(callNext, recall, start, noShow, undoNoShow, park, refer, finish);
        return bar;
    }

    VBox root() {
        return root;
    }
}
