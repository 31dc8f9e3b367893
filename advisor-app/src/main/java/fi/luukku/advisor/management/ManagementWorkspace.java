package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.api.AdminClient;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.domain.Role;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The management workspace: a list of sections on the left (one per managed kind as the service describes them,
 * then the audit log, device pairing and devices with their health) and the chosen section's screen. Each
 * section's screen is built the first time it is opened and loads its data then.
 */
public final class ManagementWorkspace {
    public static final String AUDIT = "audit";
    public static final String PAIRING = "pairing";
    public static final String DEVICES = "devices";

    private final AdminClient admin;
    private final TaskRunner runner;
    private final ManagementTexts texts;
    private final Role role;
    private final String point;
    private final ZoneId zone;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ObservableList<String> sections = FXCollections.observableArrayList();
    private final ListView<String> nav = new ListView<>(sections);
    private final Map<String, Supplier<Node>> factories = new LinkedHashMap<>();
    private final Map<String, Node> built = new HashMap<>();
    private final Map<String, KindViewModel> kinds = new HashMap<>();
    private final Map<String, KindView> kindViews = new HashMap<>();
    private final Label status = new Label();

    /**
     * @param point the staff member's point: a supervisor manages it; an admin manages every point (may be null)
     */
    public ManagementWorkspace(
            AdminClient admin, TaskRunner runner, ManagementTexts texts, Role role, String point, ZoneId zone) {
        this.admin = admin;
        this.runner = runner;
        this.texts = texts;
        this.role = role;
        this.point = point;
        this.zone = zone;
        root.getStyleClass().add("management-workspace");
        nav.setId("management-nav");
        nav.setPrefWidth(230);
        nav.setMinWidth(200);
        nav.setFixedCellSize(36); // every section in view at 768 pixels high, without scrolling
        nav.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.getOr("section." + item, item));
            }
        });
        nav.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> show(b));
        status.setId("management-status");
        status.setPadding(new Insets(8));
        content.getChildren().add(status);
        root.setLeft(nav);
        root.setCenter(content);
        status.setText(texts.get("management.loading"));
    }

    public Node root() {
        return root;
    }

    /** Loads the kinds' descriptions and opens the first section. */
    public void start() {
        runner.run(
                admin::kinds,
                this::sections,
                e -> status.setText(texts.format(
                        "error.refused",
                        e instanceof fi.luukku.core.api.ApiException a ? a.detail() : e.getMessage())));
    }

    private boolean admin() {
        return role == Role.ADMIN;
    }

    private String managedPoint() {
        return admin() ? null : point;
    }

    private void sections(List<ObjectNode> described) {
        factories.clear();
        for (ObjectNode d : described) {
            KindSpec k = KindSpec.of(d);
            factories.put(k.path(), () -> {
                KindViewModel vm = new KindViewModel(k, admin, runner, texts, managedPoint());
                KindView v = new KindView(vm, texts);
                kinds.put(k.path(), vm);
                kindViews.put(k.path(), v);
                vm.reload();
                return v.root();
            });
        }
        factories.put(AUDIT, () -> {
            AuditViewModel vm = new AuditViewModel(admin, runner, texts);
            vm.reload();
            return new AuditView(vm, texts, zone).root();
        });
        factories.put(PAIRING, () -> {
            PairingViewModel vm = new PairingViewModel(admin, runner, texts, point);
            vm.reload();
            return new PairingView(vm, texts, admin()).root();
        });
        factories.put(DEVICES, () -> {
            DevicesViewModel vm = new DevicesViewModel(admin, runner, texts, point);
            vm.reload();
            return new DevicesView(vm, texts, zone, admin()).root();
        });
        sections.setAll(factories.keySet());
        nav.getSelectionModel().selectFirst();
    }

    /** Opens a section by its id (a kind's path, {@link #AUDIT}, {@link #PAIRING} or {@link #DEVICES}). */
    public void select(String section) {
        nav.getSelectionModel().select(section);
    }

    public ObservableList<String> sections() {
        return sections;
    }

    /** The view model of a kind's section once it has been opened (for tests). */
    public KindViewModel kind(String path) {
        return kinds.get(path);
    }

    public KindView kindView(String path) {
        return kindViews.get(path);
    }

    private void show(String section) {
        if (section == null || !factories.containsKey(section)) {
            return;
        }
        Node n = built.computeIfAbsent(section, s -> factories.get(s).get());
        content.getChildren().setAll(n);
    }
}
