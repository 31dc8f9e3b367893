package fi.luukku.advisor.console;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.console.KeyTable.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** What every console view builds the same way: buttons that show their key, headers, toggles bound to values. */
final class ViewKit {
    private final Texts texts;
    private final KeyTable keys;

    ViewKit(Texts texts, KeyTable keys) {
        this.texts = texts;
        this.keys = keys;
    }

    Texts texts() {
        return texts;
    }

    KeyTable keys() {
        return keys;
    }

    String lang() {
        return texts.language().code();
    }

    /** "Call next  [F2]": the command's key from the table, on the button and in its tooltip. */
    Button button(String textKey, Command command, Runnable action, ObservableBooleanValue enabled) {
        return button(textKey, command == null ? null : keys.label(command), action, enabled);
    }

    Button button(
            String textKey, KeyTable.Scope scope, Command command, Runnable action, ObservableBooleanValue enabled) {
        return button(textKey, keys.label(scope, command), action, enabled);
    }

    private Button button(String textKey, String key, Runnable action, ObservableBooleanValue enabled) {
        String text = texts.get(textKey);
        Button b = new Button(withKey(text, key));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        if (key != null && !key.isEmpty()) {
            b.setTooltip(new Tooltip(text + " (" + key + ")"));
        }
        if (enabled != null) {
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.get(), enabled));
        }
        return b;
    }

    static String withKey(String text, String key) {
        return key == null || key.isEmpty() ? text : text + "  [" + key + "]";
    }

    String withKey(String textKey, Command command) {
        return withKey(texts.get(textKey), keys.label(command));
    }

    Label header(String textKey) {
        Label l = new Label(texts.get(textKey));
        l.getStyleClass().add("section-header");
        return l;
    }

    static void selectToggle(ToggleGroup group, Object value) {
        group.getToggles().stream()
                .filter(t -> Objects.equals(t.getUserData(), value))
                .findFirst()
                .ifPresentOrElse(t -> t.setSelected(true), () -> {
                    if (group.getSelectedToggle() != null) {
                        group.getSelectedToggle().setSelected(false);
                    }
                });
    }

    /** Keeps a combo box and an id property in step, both ways. */
    static <T> void bindId(ComboBox<T> box, StringProperty id, Function<T, String> idOf, ObservableList<T> items) {
        Runnable fromModel = () -> {
            T match = items.stream()
                    .filter(i -> Objects.equals(idOf.apply(i), id.get()))
                    .findFirst()
                    .orElse(null);
            if (!Objects.equals(box.getValue(), match)) {
                box.setValue(match);
            }
        };
        id.addListener((o, was, is) -> fromModel.run());
        items.addListener((ListChangeListener<T>) c -> fromModel.run());
        box.valueProperty().addListener((o, was, is) -> {
            String newId = is == null ? null : idOf.apply(is);
            if (!Objects.equals(newId, id.get())) {
                id.set(newId);
            }
        });
        fromModel.run();
    }

    static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** The special needs in words, comma-separated. */
    String needsText(List<String> needs) {
        if (needs == null || needs.isEmpty()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String n : needs) {
            String key = "need." + n.toUpperCase(java.util.Locale.ROOT);
            out.add(texts.has(key) ? texts.get(key) : n);
        }
        return String.join(", ", out);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
