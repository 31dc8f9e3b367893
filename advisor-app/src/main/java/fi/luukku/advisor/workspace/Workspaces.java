package fi.luukku.advisor.workspace;

import fi.luukku.advisor.management.ManagementTexts;
import fi.luukku.core.domain.Role;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The workspace switcher of the staff app: after one sign-in, a bar of buttons for the workspaces the role may
 * use (see {@link WorkspaceKind#forRole}) over the chosen one. Ctrl+1/2/3 switch in every workspace but the desk,
 * where Ctrl+digits record service events; Ctrl+Alt+1/2/3 switch everywhere. Each workspace is built the first
 * time it is opened from the node factory given in its {@link Slots slot}; a workspace is detached from the scene
 * while another is shown.
 */
public final class Workspaces {
    /**
     * What each workspace is made of. {@code reports} is the slot for the Reports workspace (for instance
     * {@code () -> new ReportsWorkspace(...).root()}); null shows a placeholder. {@code desk} is null when the staff
     * member signed in without a desk.
     */
    public record Slots(Supplier<Node> desk, Supplier<Node> management, Supplier<Node> reports) {}

    public static final String BAR_STYLE = "workspace-bar";

    private final List<WorkspaceKind> available;
    private final Map<WorkspaceKind, Supplier<Node>> factories = new EnumMap<>(WorkspaceKind.class);
    private final Map<WorkspaceKind, Node> built = new EnumMap<>(WorkspaceKind.class);
    private final Map<WorkspaceKind, ToggleButton> buttons = new EnumMap<>(WorkspaceKind.class);
    private final ReadOnlyObjectWrapper<WorkspaceKind> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();

    public Workspaces(Role role, Slots slots, ManagementTexts texts, String who, Runnable logout) {
        this.available = WorkspaceKind.forRole(role, slots.desk() != null);
        if (slots.desk() != null) {
            factories.put(WorkspaceKind.DESK, slots.desk());
        }
        if (slots.management() != null) {
            factories.put(WorkspaceKind.MANAGEMENT, slots.management());
        }
        factories.put(
                WorkspaceKind.REPORTS,
                slots.reports() != null ? slots.reports() : () -> placeholder(texts.get("workspace.reportsMissing")));
        HBox bar = new HBox(6);
        bar.getStyleClass().add(BAR_STYLE);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        ToggleGroup group = new ToggleGroup();
        int n = 1;
        for (WorkspaceKind k : available) {
            ToggleButton b = new ToggleButton(texts.get(k.textKey()) + "  (Ctrl+" + n++ + ")");
            b.setId("workspace-" + k.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setOnAction(e -> show(k));
            buttons.put(k, b);
            bar.getChildren().add(b);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label user = new Label(who);
        Button out = new Button(texts.get("workspace.logout"));
        out.setId("workspace-logout");
        out.setOnAction(e -> logout.run());
        bar.getChildren().addAll(gap, user, out);
        root.setTop(bar);
        root.setCenter(content);
        if (!available.isEmpty()) {
            show(available.get(0));
        }
    }

    private static Node placeholder(String text) {
        Label l = new Label(text);
        l.setId("workspace-placeholder");
        StackPane p = new StackPane(l);
        p.setPadding(new Insets(24));
        return p;
    }

    public Node root() {
        return root;
    }

    public List<WorkspaceKind> available() {
        return available;
    }

    public ReadOnlyObjectProperty<WorkspaceKind> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Shows a workspace the role may use; others are ignored. */
    public void show(WorkspaceKind k) {
        if (!available.contains(k)) {
            return;
        }
        Node n = built.computeIfAbsent(k, x -> factories.get(x).get());
        content.getChildren().setAll(n);
        buttons.get(k).setSelected(true);
        current.set(k);
    }

    /**
     * Ctrl(+Alt)+1/2/3 on the scene. Install after the desk's own shortcuts, so that a Ctrl+digit the desk has
     * used for a service event does not also switch.
     */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        if (e.isConsumed() || !e.isShortcutDown()) {
            return;
        }
        int index =
                switch (e.getCode()) {
                    case DIGIT1, NUMPAD1 -> 0;
                    case DIGIT2, NUMPAD2 -> 1;
                    case DIGIT3, NUMPAD3 -> 2;
                    default -> -1;
                };
        if (index < 0 || index >= available.size()) {
            return;
        }
        if (current.get() == WorkspaceKind.DESK && !e.isAltDown()) {
            return; // the desk's Ctrl+digit records a service event
        }
        show(available.get(index));
        e.consume();
    }
}
