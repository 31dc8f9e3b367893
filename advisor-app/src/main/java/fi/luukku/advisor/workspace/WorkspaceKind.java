package fi.luukku.advisor.workspace;

import fi.luukku.core.domain.Role;
import java.util.ArrayList;
import java.util.List;

/** The staff app's workspaces, and which of them a role sees. */
public enum WorkspaceKind {
    DESK("workspace.desk"),
    MANAGEMENT("workspace.management"),
    REPORTS("workspace.reports");

    private final String textKey;

    WorkspaceKind(String textKey) {
        this.textKey = textKey;
    }

    public String textKey() {
        return textKey;
    }

    /**
     * Advisors and authority experts work at a desk; supervisors and administrators also manage and read reports,
     * and may sign in without a desk (then they have no desk workspace).
     */
    public static List<WorkspaceKind> forRole(Role role, boolean hasDesk) {
        List<WorkspaceKind> l = new ArrayList<>();
        boolean manager = role == Role.SUPERVISOR || role == Role.ADMIN;
        if (hasDesk || !manager) {
            l.add(DESK);
        }
        if (manager) {
            l.add(MANAGEMENT);
            l.add(REPORTS);
        }
        return List.copyOf(l);
    }
}
