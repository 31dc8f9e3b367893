package fi.luukku.advisor.login;

import fi.luukku.advisor.Texts;
import fi.luukku.core.api.DeskDto;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The sign-in screen: username, password, desk. Enter signs in. */
public class LoginView {
    private final LoginViewModel vm;
    private final Texts texts;
    private final VBox root = new VBox(16);

    public LoginView(LoginViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        createView();
    }

    private void createView() {
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(40));
        root.setId("login-view");
        Label title = new Label(texts.get("app.title"));
        title.getStyleClass().add("title-text");
        Label point = new Label();
        point.setId("login-point");
        point.textProperty().bind(vm.pointNameProperty());
        point.getStyleClass().add("subtitle-text");

        TextField user = new TextField();
        user.setId("login-username");
        user.setPromptText(texts.get("login.username"));
        user.textProperty().bindBidirectional(vm.usernameProperty());
        PasswordField pass = new PasswordField();
        pass.setId("login-password");
        pass.setPromptText(texts.get("login.password"));
        pass.textProperty().bindBidirectional(vm.passwordProperty());
        ComboBox<DeskDto> desk = new ComboBox<>(vm.desks());
        desk.setId("login-desk");
        desk.setMaxWidth(Double.MAX_VALUE);
        desk.setPromptText(texts.get("login.desk"));
        desk.valueProperty().bindBidirectional(vm.deskProperty());
        desk.setConverter(new StringConverter<>() {
            @Override
            public String toString(DeskDto d) {
                return d == null ? "" : d.name().in(texts.language().code());
            }

            @Override
            public DeskDto fromString(String s) {
                return null;
            }
        });

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(12);
        form.setAlignment(Pos.CENTER);
        form.addRow(0, new Label(texts.get("login.username")), user);
        form.addRow(1, new Label(texts.get("login.password")), pass);
        form.addRow(2, new Label(texts.get("login.desk")), desk);
        user.setPrefWidth(360);

        Button login = new Button(texts.get("login.submit") + "  [Enter]");
        login.setId("login-submit");
        login.setDefaultButton(true);
        login.disableProperty().bind(vm.canLogin().not());
        login.setOnAction(e -> vm.login());

        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        Label hint = new Label();
        hint.textProperty().bind(vm.hintProperty());

        root.getChildren().addAll(title, point, form, login, hint, error);
        root.sceneProperty().addListener((o, was, is) -> {
            if (is != null) {
                (vm.usernameProperty().get().isBlank() ? user : pass).requestFocus();
            }
        });
    }

    public Parent root() {
        return root;
    }
}
