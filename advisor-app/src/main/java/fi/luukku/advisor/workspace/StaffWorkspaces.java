package fi.luukku.advisor.workspace;

import fi.luukku.advisor.Session;
import fi.luukku.advisor.management.ManagementTexts;
import fi.luukku.advisor.management.ManagementWorkspace;
import fi.luukku.core.api.AdminClient;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.i18n.Language;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Builds a signed-in staff member's {@link Workspaces}: the desk given by the app, the management workspace, and
 * whatever is plugged into the Reports slot ({@link #setReports}); nothing plugged in shows a placeholder.
 */
public final class StaffWorkspaces {
    private final AdminClient admin;
    private final TaskRunner runner;
    private final ManagementTexts texts;
    private final ZoneId zone;
    private Function<Session, Node> reports;

    public StaffWorkspaces(AdminClient admin, TaskRunner runner, Language language, ZoneId zone) {
        this.admin = admin;
        this.runner = runner;
        this.texts = new ManagementTexts(language);
        this.zone = zone;
    }

    /**
     * The Reports workspace's slot: a factory of its root node for the signed-in staff member, e.g.
     * {@code s -> new ReportsWorkspace(...).root()}. Null (the default) shows a placeholder.
     */
    public void setReports(Function<Session, Node> reports) {
        this.reports = reports;
    }

    public static boolean manages(Session s) {
        return s.role() == fi.luukku.core.domain.Role.SUPERVISOR || s.role() == fi.luukku.core.domain.Role.ADMIN;
    }

    /** @param desk the desk workspace's root, or null when signed in without a desk */
    public Workspaces build(Session s, Supplier<Node> desk, Runnable logout) {
        Supplier<Node> management = () -> {
            ManagementWorkspace m = new ManagementWorkspace(admin, runner, texts, s.role(), s.pointId(), zone);
            m.start();
            return m.root();
        };
        Function<Session, Node> r = reports;
        return new Workspaces(
                s.role(),
                new Workspaces.Slots(desk, management, r == null ? null : () -> r.apply(s)),
                texts,
                texts.format(
                        "workspace.signedInAs", s.displayName(), s.role().name().toLowerCase(java.util.Locale.ROOT)),
                logout);
    }
}
