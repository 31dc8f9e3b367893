package fi.luukku.advisor.login;

import fi.luukku.advisor.Session;
import fi.luukku.advisor.Texts;
import fi.luukku.advisor.service.Failures;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.advisor.service.SessionToken;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LoginResponse;
import fi.luukku.core.api.PointDto;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.domain.Role;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Login: username, password and the desk this console works at, chosen from the point's desks. The role comes
 * from the service. When the service shows desks only to staff, the first sign-in fetches them and the advisor
 * picks one.
 */
public class LoginViewModel {
    private final ServiceGateway gateway;
    private final TaskRunner runner;
    private final SessionToken token;
    private final Texts texts;
    private final String pointId;
    private final Consumer<Session> onLoggedIn;

    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ObservableList<DeskDto> desks = FXCollections.observableArrayList();
    private final ObjectProperty<DeskDto> desk = new SimpleObjectProperty<>(this, "desk");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint");
    private final ReadOnlyStringWrapper pointName = new ReadOnlyStringWrapper(this, "pointName");
    private final BooleanBinding canLogin;
    private String preferredDeskId;

    public LoginViewModel(
            ServiceGateway gateway,
            TaskRunner runner,
            SessionToken token,
            Texts texts,
            String pointId,
            Consumer<Session> onLoggedIn) {
        this.gateway = gateway;
        this.runner = runner;
        this.token = token;
        this.texts = texts;
        this.pointId = pointId;
        this.onLoggedIn = onLoggedIn;
        this.pointName.set(pointId);
        this.canLogin = Bindings.createBooleanBinding(
                () -> !busy.get()
                        && !username.get().isBlank()
                        && !password.get().isEmpty(),
                busy,
                username,
                password);
    }

    /**
     * Shows the point's localized name when the service tells it to anonymous callers (the demo service does
     * not: the id stays until sign-in, which fetches the name).
     */
    public void loadPointName() {
        runner.run(() -> gateway.point(pointId), this::setPoint, e -> {});
    }

    private void setPoint(PointDto p) {
        if (p != null && p.name() != null) {
            String name = p.name().in(texts.language().code());
            if (name != null && !name.isBlank()) {
                pointName.set(name);
            }
        }
    }

    /** The session ended at the service: sign in again at the same desk; the console waits behind. */
    public void sessionExpired(String user, String deskId) {
        busy.set(false);
        password.set("");
        if (user != null) {
            username.set(user);
        }
        if (deskId != null) {
            preferDesk(deskId);
        }
        hint.set(null);
        error.set(texts.get("login.sessionExpired"));
    }

    /** After Log out: the form is empty again, the desk stays chosen. */
    public void signedOut() {
        busy.set(false);
        password.set("");
        username.set("");
        error.set(null);
        hint.set(texts.get("login.signedOut"));
    }

    /** Fills the desk list if the service shows it before sign-in; otherwise sign-in will. */
    public void loadDesks() {
        runner.run(() -> gateway.desks(pointId), this::setDesks, e -> {
            if (Failures.isUnreachable(e)) {
                error.set(texts.get("error.unreachable"));
            } else {
                hint.set(texts.get("login.desksAfterSignIn"));
            }
        });
    }

    private void setDesks(List<DeskDto> list) {
        desks.setAll(list == null ? List.of() : list);
        error.set(null);
        if (desk.get() == null || !desks.contains(desk.get())) {
            desk.set(desks.stream()
                    .filter(d -> Objects.equals(d.id(), preferredDeskId))
                    .findFirst()
                    .orElse(desks.size() == 1 ? desks.get(0) : null));
        }
    }

    /** Chooses the desk with this id once the list is known (the {@code --desk} option). */
    public void preferDesk(String deskId) {
        this.preferredDeskId = deskId;
        desks.stream().filter(d -> d.id().equals(deskId)).findFirst().ifPresent(desk::set);
    }

    private record Result(LoginResponse response, List<DeskDto> desks, PointDto point) {}

    public void login() {
        if (!canLogin.get()) {
            return;
        }
        String u = username.get().trim();
        String p = password.get();
        DeskDto chosen = desk.get();
        busy.set(true);
        error.set(null);
        runner.run(
                () -> {
                    LoginResponse r = gateway.login(new LoginRequest(u, p, chosen == null ? null : chosen.id()));
                    token.set(r.token());
                    List<DeskDto> list = desks.isEmpty() ? gateway.desks(pointId) : List.copyOf(desks);
                    PointDto point;
                    try {
                        point = gateway.point(r.pointId() == null ? pointId : r.pointId());
                    } catch (RuntimeException e) {
                        point = null; // the name is a nicety: sign-in goes on without it
                    }
                    return new Result(r, list, point);
                },
                result -> {
                    busy.set(false);
                    setPoint(result.point());
                    Role role = Session.roleOf(result.response().role());
                    if (!role.isStaff()) {
                        token.set(null);
                        error.set(texts.get("login.notStaff"));
                        return;
                    }
                    if (desks.isEmpty()) {
                        setDesks(result.desks());
                    }
                    DeskDto d = desk.get();
                    if (d == null && result.response().deskId() != null) {
                        preferDesk(result.response().deskId());
                        d = desk.get();
                    }
                    if (d == null && role != Role.SUPERVISOR && role != Role.ADMIN) {
                        hint.set(texts.get("login.chooseDesk"));
                        return;
                    }
                    error.set(null);
                    hint.set(null);
                    password.set("");
                    LoginResponse r = result.response();
                    onLoggedIn.accept(new Session(
                            r.username() == null ? u : r.username(),
                            r.displayName() == null ? u : r.displayName(),
                            role,
                            r.pointId() == null ? pointId : r.pointId(),
                            r.authorityId(),
                            d));
                },
                e -> {
                    busy.set(false);
                    token.set(null);
                    if (e instanceof ApiException a && a.status() == 401) {
                        error.set(texts.get("login.badCredentials"));
                    } else {
                        error.set(Failures.message(texts, "action.login", e));
                    }
                });
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObservableList<DeskDto> desks() {
        return desks;
    }

    public ObjectProperty<DeskDto> deskProperty() {
        return desk;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The point's localized name once known, its id before. */
    public ReadOnlyStringProperty pointNameProperty() {
        return pointName.getReadOnlyProperty();
    }

    public String pointName() {
        return pointName.get();
    }

    public BooleanBinding canLogin() {
        return canLogin;
    }
}
