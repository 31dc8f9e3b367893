package fi.luukku.advisor.desk;

import fi.luukku.core.api.TriageDto;
import fi.luukku.core.domain.Channel;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.domain.SupportLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The triage panel: the real service need (authority, topic, life event), the AUTA support level, special
 * needs, channel and short notes for the next desk. Every change marks the triage dirty and tells the owner,
 * which keeps a local draft until the service has accepted it.
 */
public class TriageViewModel {
    private final StringProperty authorityId = new SimpleStringProperty(this, "authorityId");
    private final StringProperty topic = new SimpleStringProperty(this, "topic", "");
    private final StringProperty lifeEventId = new SimpleStringProperty(this, "lifeEventId");
    private final ObjectProperty<SupportLevel> supportLevel = new SimpleObjectProperty<>(this, "supportLevel");
    private final ObservableSet<SpecialNeed> specialNeeds =
            FXCollections.observableSet(EnumSet.noneOf(SpecialNeed.class));
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(this, "channel", Channel.FACE_TO_FACE);
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final List<Runnable> changeListeners = new ArrayList<>();
    private boolean loading;

    public TriageViewModel() {
        InvalidationListener changed = o -> changed();
        authorityId.addListener(changed);
        topic.addListener(changed);
        lifeEventId.addListener(changed);
        supportLevel.addListener(changed);
        channel.addListener(changed);
        notes.addListener(changed);
        specialNeeds.addListener((javafx.collections.SetChangeListener<SpecialNeed>) c -> changed());
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(true);
        changeListeners.forEach(Runnable::run);
    }

    /** Called after every change the advisor makes (not after loads). */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Shows a ticket's triage (from the service or a local draft) and its declared special needs. */
    public void load(TriageDto triage, Collection<String> declaredNeeds, boolean isDirty) {
        loading = true;
        try {
            TriageDto t = triage == null ? new TriageDto(null, null, null, null, null, null, null) : triage;
            authorityId.set(t.authorityId());
            topic.set(t.topic() == null ? "" : t.topic());
            lifeEventId.set(t.lifeEventId());
            supportLevel.set(t.supportLevel() == null ? null : SupportLevel.ofLevel(t.supportLevel()));
            EnumSet<SpecialNeed> needs = EnumSet.noneOf(SpecialNeed.class);
            needs.addAll(parseNeeds(t.specialNeeds()));
            if (declaredNeeds != null) {
                needs.addAll(parseNeeds(declaredNeeds));
            }
            specialNeeds.retainAll(needs);
            specialNeeds.addAll(needs);
            channel.set(parseChannel(t.channel()));
            notes.set(t.notes() == null ? "" : t.notes());
            dirty.set(isDirty);
        } finally {
            loading = false;
        }
    }

    public void clear() {
        load(null, List.of(), false);
    }

    public TriageDto toDto() {
        return new TriageDto(
                authorityId.get(),
                topic.get() == null || topic.get().isBlank()
                        ? null
                        : topic.get().trim(),
                lifeEventId.get(),
                supportLevel.get() == null ? null : supportLevel.get().level(),
                specialNeeds.stream().sorted().map(Enum::name).toList(),
                channel.get() == null ? null : channel.get().name(),
                notes.get() == null || notes.get().isBlank()
                        ? null
                        : notes.get().trim());
    }

    public void markSaved() {
        dirty.set(false);
    }

    public void toggleNeed(SpecialNeed need) {
        if (!specialNeeds.remove(need)) {
            specialNeeds.add(need);
        }
    }

    public void setSupportLevel(int level) {
        supportLevel.set(SupportLevel.ofLevel(level));
    }

    static List<SpecialNeed> parseNeeds(Collection<String> names) {
        List<SpecialNeed> out = new ArrayList<>();
        if (names == null) {
            return out;
        }
        for (String n : names) {
            if (n == null) {
                continue;
            }
            try {
                out.add(SpecialNeed.valueOf(n.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException ignored) {
                // a need this console does not know: the service keeps it, the console shows what it knows
            }
        }
        return out;
    }

    private static Channel parseChannel(String c) {
        if (c == null) {
            return Channel.FACE_TO_FACE;
        }
        try {
            return Channel.valueOf(c.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Channel.FACE_TO_FACE;
        }
    }

    public StringProperty authorityIdProperty() {
        return authorityId;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty lifeEventIdProperty() {
        return lifeEventId;
    }

    public ObjectProperty<SupportLevel> supportLevelProperty() {
        return supportLevel;
    }

    public ObservableSet<SpecialNeed> specialNeeds() {
        return specialNeeds;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
