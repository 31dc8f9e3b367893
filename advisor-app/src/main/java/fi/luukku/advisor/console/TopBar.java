package fi.luukku.advisor.console;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.console.KeyTable.Command;
import fi.luukku.core.events.EventStreamClient.LinkState;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The top bar: who is signed in at which desk, the link state, the search field and the general buttons. */
final class TopBar {
    private final HBox bar = new HBox(12);
    private final TextField searchField = new TextField();
    private final Label offline;

    TopBar(ConsoleViewModel vm, ViewKit kit, Runnable showStatistics, ZoneId zone) {
        Texts texts = kit.texts();
        bar.getStyleClass().add("console-top");
        bar.setId("console-top");
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Luukku");
        title.getStyleClass().add("console-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        var s = vm.session();
        Label who = new Label(texts.format(
                "console.who",
                s.displayName(),
                texts.get("role." + s.role().name()),
                s.desk().name().in(kit.lang())));
        who.setId("console-who");
        who.setMinWidth(80);
        Label link = new Label();
        link.setId("link-state");
        link.getStyleClass().add("link-state");
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.link().isOnline()
                                ? texts.get("link.online")
                                : vm.link().linkProperty().get() == LinkState.CONNECTING
                                        ? texts.get("link.connecting")
                                        : texts.get("link.offline"),
                        vm.link().onlineProperty(),
                        vm.link().linkProperty()));
        Runnable linkStyle = () -> {
            link.getStyleClass().removeAll("link-online", "link-offline");
            link.getStyleClass().add(vm.link().isOnline() ? "link-online" : "link-offline");
        };
        vm.link().onlineProperty().addListener((o, was, is) -> linkStyle.run());
        linkStyle.run();
        searchField.setId("search-field");
        searchField.setPromptText(
                ViewKit.withKey(texts.get("search.prompt"), kit.keys().label(Command.SEARCH)));
        searchField.setPrefWidth(320);
        searchField.setMinWidth(180);
        HBox.setHgrow(searchField, Priority.SOMETIMES);
        searchField.textProperty().bindBidirectional(vm.search().queryProperty());
        Button stats = kit.button("action.statistics", Command.STATISTICS, showStatistics, null);
        stats.setId("btn-statistics");
        Button checklist = kit.button("action.checklist", Command.HELP, vm::toggleChecklist, null);
        checklist.setId("btn-checklist");
        Button incident = kit.button("action.incident", Command.INCIDENT, vm.incident()::begin, null);
        incident.setId("btn-incident");
        incident.getStyleClass().add("danger");
        Button logout = kit.button("action.logout", Command.LOGOUT, vm::logout, null);
        logout.setId("btn-logout");
        FlowPane buttons = new FlowPane(8, 6, stats, checklist, incident, logout);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(200);
        HBox.setHgrow(buttons, Priority.ALWAYS);
        bar.getChildren().addAll(title, who, link, searchField, buttons);
        offline = new Label(texts.get("offline.banner"));
        offline.setId("offline-banner");
        offline.getStyleClass().add("link-down");
        offline.setMaxWidth(Double.MAX_VALUE);
        offline.setWrapText(true);
        offline.visibleProperty().bind(Bindings.not(vm.link().onlineProperty()));
        offline.managedProperty().bind(offline.visibleProperty());
    }

    HBox root() {
        return bar;
    }

    Label offlineBanner() {
        return offline;
    }

    TextField searchField() {
        return searchField;
    }

    void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }
}
