package fi.luukku.advisor.console;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.console.KeyTable.Command;
import fi.luukku.advisor.console.KeyTable.Scope;
import fi.luukku.advisor.desk.DeskViewModel;
import fi.luukku.advisor.referral.SlipOutput;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The advisor console, put together from one view per sub-view-model: queues on the left, the customer at hand
 * with its actions and triage in the middle, the visit's service events, the knowledge search and today's
 * statistics on the right, the dialogs on top, status and errors as large notifications. Every key comes from
 * the one {@link KeyTable}; this class only routes a pressed key to the open dialog or to the command.
 */
public class ConsoleView {
    static final String STYLESHEET =
            ConsoleView.class.getResource("/fi/luukku/advisor/advisor.css").toExternalForm();

    private final ConsoleViewModel vm;
    private final DeskViewModel desk;
    private final KeyTable keys = KeyTable.standard();
    private final StackPane root = new StackPane();
    private final Map<Command, IntConsumer> commands = new EnumMap<>(Command.class);
    private final Timeline ticker;
    private final TopBar top;
    private final QueuesView queues;
    private final TriageView triage;
    private final FinishDialog finish;
    private final TransferDialog transfer;
    private final IncidentDialog incident;
    private final TabPane rightTabs = new TabPane();
    private final Tab statsTab;
    private final Tab searchTab;

    public ConsoleView(ConsoleViewModel vm, Texts texts, SlipOutput slips, ZoneId zone) {
        this.vm = vm;
        this.desk = vm.desk();
        ViewKit kit = new ViewKit(texts, keys);
        root.setId("console-view");
        root.getStyleClass().add("console-view");
        root.getStylesheets().add(STYLESHEET);
        top = new TopBar(vm, kit, this::showStatistics, zone);
        queues = new QueuesView(desk, kit);
        triage = new TriageView(desk, vm.link(), vm.catalog(), kit);
        CurrentVisitView current = new CurrentVisitView(desk, vm.link(), vm.catalog(), vm.referral()::begin, kit);
        VBox center = new VBox(10, current.root(), triage.root());
        center.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane centerScroll = new ScrollPane(center);
        centerScroll.setFitToWidth(true);
        centerScroll.setId("center-scroll");
        rightTabs.setId("right-tabs");
        rightTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab visit = new Tab(
                texts.get("tab.visit"), new ServiceEventsView(desk.serviceEvents(), vm.catalog(), zone, kit).root());
        searchTab = new Tab(texts.get("tab.search"), new KnowledgeSearchView(vm.search(), texts).root());
        statsTab = new Tab(texts.get("tab.statistics"), new StatisticsView(vm.statistics(), vm.link(), kit).root());
        rightTabs.getTabs().addAll(visit, searchTab, statsTab);
        rightTabs.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> vm.statistics()
                .setShowing(is == statsTab));
        top.searchField().textProperty().addListener((o, was, is) -> {
            if (is != null && !is.isBlank()) {
                rightTabs.getSelectionModel().select(searchTab);
            }
        });
        BorderPane main = new BorderPane();
        main.setId("console-main");
        main.setLeft(queues.root());
        main.setCenter(centerScroll);
        main.setRight(rightTabs);
        // the three columns share the width: the middle one grows, the side ones keep a readable minimum
        queues.root().prefWidthProperty().bind(root.widthProperty().multiply(0.27));
        queues.root().setMinWidth(280);
        queues.root().setMaxWidth(480);
        rightTabs.prefWidthProperty().bind(root.widthProperty().multiply(0.30));
        rightTabs.setMinWidth(300);
        rightTabs.setMaxWidth(560);
        StatusNotifications status = new StatusNotifications(vm, main);
        VBox page = new VBox(
                top.root(), top.offlineBanner(), new HelpBanner(vm, kit, zone).root(), status.bar(), status.pane());
        VBox.setVgrow(status.pane(), javafx.scene.layout.Priority.ALWAYS);
        finish = new FinishDialog(desk, kit);
        transfer = new TransferDialog(vm.referral(), slips, zone, kit);
        incident = new IncidentDialog(vm.incident(), kit);
        VBox checklist = new HelpOverlay(vm, kit).root();
        root.getChildren()
                .addAll(
                        page,
                        Overlays.scrolling(finish.root()),
                        Overlays.scrolling(transfer.root()),
                        Overlays.scrolling(incident.root()),
                        checklist);
        StackPane.setAlignment(checklist, Pos.TOP_RIGHT);
        StackPane.setMargin(checklist, new Insets(80, 24, 24, 0));
        registerCommands();
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            desk.queues().tick();
            queues.refresh();
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public Parent root() {
        return root;
    }

    /** The console's keys (the help overlay and the README list them from here). */
    public KeyTable keys() {
        return keys;
    }

    public void stop() {
        ticker.stop();
    }

    /** Installs the console's keys on the scene (call once the root is in it). */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void on(Command c, Runnable action) {
        commands.put(c, n -> action.run());
    }

    private void registerCommands() {
        on(Command.HELP, vm::toggleChecklist);
        on(Command.CALL_NEXT, desk::callNext);
        on(Command.RECALL, desk::recall);
        on(Command.START, desk::start);
        on(Command.NO_SHOW, desk::noShow);
        on(Command.UNDO_NO_SHOW, desk.noShows()::undo);
        on(Command.PARK, desk::park);
        on(Command.TRANSFER, vm.referral()::begin);
        on(Command.FINISH, desk.finish()::begin);
        on(Command.CALL_CHOSEN, desk::callChosen);
        on(Command.ACKNOWLEDGE_HELP, vm.help()::acknowledgeOldest);
        on(Command.INCIDENT, vm.incident()::begin);
        on(Command.LOGOUT, vm::logout);
        on(Command.SEARCH, top::focusSearch);
        on(Command.STATISTICS, this::showStatistics);
        on(Command.WAITING_LIST, queues::focusWaiting);
        on(Command.TOPIC, triage::focusTopic);
        on(Command.NOTES, triage::focusNotes);
        on(Command.SAVE_TRIAGE, desk::saveTriage);
        on(Command.UNDO_EVENT, desk.serviceEvents()::undoLast);
        commands.put(Command.RECORD_EVENT, desk.serviceEvents()::recordNumber);
        commands.put(Command.SUPPORT_LEVEL, n -> {
            if (desk.current() != null) {
                desk.triage().setSupportLevel(n);
            }
        });
    }

    private void showStatistics() {
        rightTabs.getSelectionModel().select(statsTab);
    }

    private void onKey(KeyEvent e) {
        if (root.getScene() == null) {
            return; // another workspace is shown: the desk's keys rest
        }
        boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
        if (finish.isOpen() && finish.handle(e)) {
            e.consume();
            return;
        }
        if (transfer.isOpen() && transfer.handle(e, typing)) {
            e.consume();
            return;
        }
        if (incident.isOpen() && incident.handle(e, typing)) {
            e.consume();
            return;
        }
        if (vm.checklistOpenProperty().get() && e.getCode() == KeyCode.ESCAPE) {
            vm.toggleChecklist();
            e.consume();
            return;
        }
        keys.match(Scope.MAIN, e).ifPresent(b -> {
            IntConsumer action = commands.get(b.command());
            if (action != null) {
                action.accept(b.argument());
                e.consume();
            }
        });
    }
}
