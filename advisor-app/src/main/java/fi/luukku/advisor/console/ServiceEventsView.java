package fi.luukku.advisor.console;

import fi.luukku.advisor.console.KeyTable.Command;
import fi.luukku.advisor.desk.ServiceEventsViewModel;
import fi.luukku.advisor.drafts.RecordedEvent;
import fi.luukku.advisor.live.Catalog;
import fi.luukku.core.api.ServiceEventTypeDto;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The visit's service events: one button per type (with its Ctrl+digit), the list ticked so far, undo. */
final class ServiceEventsView {
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
    private final VBox root = new VBox(8);

    ServiceEventsView(ServiceEventsViewModel events, Catalog catalog, ZoneId zone, ViewKit kit) {
        String lang = kit.lang();
        root.setId("service-events-view");
        root.setPadding(new Insets(8));
        FlowPane buttons = new FlowPane(6, 6);
        buttons.setId("event-buttons");
        Runnable rebuild = () -> {
            buttons.getChildren().clear();
            int i = 1;
            for (ServiceEventTypeDto type : catalog.eventTypes()) {
                Integer digit = events.shortcutOf(type, i - 1);
                Button b = new Button(ViewKit.withKey(type.name().in(lang), digit == null ? null : "Ctrl+" + digit));
                b.setId("event-" + type.id());
                b.setOnAction(e -> events.record(type));
                b.disableProperty().bind(Bindings.not(events.canRecord()));
                b.setFocusTraversable(false);
                buttons.getChildren().add(b);
                i++;
            }
        };
        catalog.eventTypes().addListener((ListChangeListener<ServiceEventTypeDto>) c -> rebuild.run());
        rebuild.run();
        ListView<RecordedEvent> list = new ListView<>(events.events());
        list.setId("event-list");
        list.setPrefHeight(200);
        list.setMinHeight(80);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RecordedEvent e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                String name = catalog.eventTypes().stream()
                        .filter(t -> t.id().equals(e.typeId()))
                        .map(t -> t.name().in(lang))
                        .findFirst()
                        .orElse(e.typeId());
                String authority = e.authorityId() == null
                        ? ""
                        : catalog.authority(e.authorityId())
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
                        () -> kit.texts().format("events.count", events.events().size()), events.events()));
        Button undo = kit.button("action.undoEvent", Command.UNDO_EVENT, events::undoLast, events.canRecord());
        undo.setId("btn-undo-event");
        root.getChildren().addAll(kit.header("events.title"), buttons, list, count, undo);
    }

    VBox root() {
        return root;
    }
}
