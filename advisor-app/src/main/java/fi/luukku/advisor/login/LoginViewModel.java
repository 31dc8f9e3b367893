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
        this.canLogin = Bindings.createBooleanBinding(
                () -> !busy.get()
                        && !username.get().isBlank()
                        && !password.get().isEmpty(),
                busy,
                username,
                password);
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

    private record Result(LoginResponse response, List<DeskDto> desks) {}

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
                    return new Result(r, list);
                },
                result -> {
                    busy.set(false);
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
                    if (d == null) {
                        hint.set(texts.get("login.chooseDesk"));
                        return;
                    }
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

    public BooleanBinding canLogin() {
        return canLogin;
    }
}
