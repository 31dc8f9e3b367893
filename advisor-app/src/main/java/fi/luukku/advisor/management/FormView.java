package fi.luukku.advisor.management;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * The form of one managed kind, built from the service's description of its fields: a text field per plain value,
 * three (fi, sv, en) per localized one, a choice box per reference or enumeration, a check box per flag. Every
 * error of the {@link ThingForm} (found here or named by the service) is decorated at its input by ControlsFX and
 * written under the form's inputs.
 */
public final class FormView {
    private final GridPane grid = new GridPane();
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<String, List<Control>> inputs = new LinkedHashMap<>();
    private final ThingForm form;

    public FormView(KindViewModel vm, ManagementTexts texts) {
        this.form = vm.form();
        KindSpec kind = vm.kind();
        validation.setValidationDecorator(new CompoundValidationDecoration(
                new StyleClassValidationDecoration(), new GraphicValidationDecoration()));
        validation.setErrorDecorationEnabled(true);
        grid.getStyleClass().add("management-form");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        TextField id = text(kind.idField());
        id.disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> form.version() != null, form.slot(kind.idField())));
        add(row++, kind.idField(), texts, id);
        for (FieldSpec f : kind.fields()) {
            add(row++, f.name(), texts, input(f, vm, texts));
        }
        for (Map.Entry<String, List<Control>> e : inputs.entrySet()) {
            String field = e.getKey();
            for (Control c : e.getValue()) {
                validation.registerValidator(
                        c,
                        false,
                        (Control ctl, Object value) -> ValidationResult.fromMessageIf(
                                ctl,
                                form.errors().get(field),
                                Severity.ERROR,
                                form.errors().containsKey(field)));
            }
        }
        form.errors().addListener((MapChangeListener<String, String>) c -> validation.revalidate());
    }

    public Node root() {
        return grid;
    }

    public ValidationSupport validation() {
        return validation;
    }

    /** The inputs of a field (three for a localized one), for tests and focus. */
    public List<Control> inputs(String field) {
        return inputs.getOrDefault(field, List.of());
    }

    private void add(int row, String field, ManagementTexts texts, Node input) {
        Label l = new Label(texts.getOr("field." + field, field));
        l.setLabelFor(input instanceof HBox h ? h.getChildren().get(0) : input);
        l.setMnemonicParsing(false);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(l, 0, row);
        grid.add(input, 1, row);
    }

    private Node input(FieldSpec f, KindViewModel vm, ManagementTexts texts) {
        if (f.localized()) {
            HBox box = new HBox(6);
            for (String s : ThingForm.slotNames(f)) {
                TextField t = text(f.name(), s);
                t.setPromptText(s.substring(s.indexOf('.') + 1));
                HBox.setHgrow(t, Priority.ALWAYS);
                box.getChildren().add(t);
            }
            return box;
        }
        if (f.type().equals("BOOL")) {
            CheckBox c = new CheckBox();
            c.setId("field-" + f.name());
            form.slot(f.name()).addListener((o, a, b) -> c.setSelected(Boolean.parseBoolean(b)));
            c.selectedProperty().addListener((o, a, b) -> form.slot(f.name()).set(Boolean.toString(b)));
            register(f.name(), c);
            return c;
        }
        if (f.type().equals("REF") || f.type().equals("ENUM")) {
            ComboBox<String> c = new ComboBox<>(vm.choices(f.name()));
            c.setId("field-" + f.name());
            c.setEditable(true);
            c.setMaxWidth(Double.MAX_VALUE);
            c.valueProperty().bindBidirectional(form.slot(f.name()));
            register(f.name(), c);
            return c;
        }
        TextField t = f.secret() ? new PasswordField() : new TextField();
        bindText(t, f.name(), f.name());
        if (f.list()) {
            t.setTooltip(new Tooltip(texts.get("form.commaSeparated")));
            t.setPromptText(texts.get("form.commaSeparated"));
        }
        if (f.createOnly()) {
            t.disableProperty()
                    .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                            () -> form.version() != null, form.slot(form.kind().idField())));
        }
        return t;
    }

    private TextField text(String field) {
        return text(field, field);
    }

    private TextField text(String field, String slot) {
        TextField t = new TextField();
        bindText(t, field, slot);
        return t;
    }

    private void bindText(TextField t, String field, String slot) {
        t.setId("field-" + slot.replace('.', '-'));
        t.textProperty().bindBidirectional(form.slot(slot));
        register(field, t);
    }

    private void register(String field, Control c) {
        inputs.computeIfAbsent(field, x -> new ArrayList<>()).add(c);
    }
}
