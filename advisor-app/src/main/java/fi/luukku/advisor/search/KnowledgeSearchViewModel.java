package fi.luukku.advisor.search;

import fi.luukku.advisor.live.Catalog;
import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.DirectoryEntryDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.concurrent.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** One search box over everything the point knows; results follow each keystroke. */
public class KnowledgeSearchViewModel {
    private static final int MAX_HITS = 20;

    private final Catalog catalog;
    private final TaskRunner runner;
    private final String language;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<KnowledgeHit> results = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper indexed = new ReadOnlyIntegerWrapper(this, "indexed");
    private volatile KnowledgeIndex index = KnowledgeIndex.build(List.of());
    private long generation;

    public KnowledgeSearchViewModel(Catalog catalog, TaskRunner runner, String language) {
        this.catalog = catalog;
        this.runner = runner;
        this.language = language;
        ListChangeListener<Object> rebuild = c -> rebuild();
        catalog.services().addListener(rebuild);
        catalog.authorities().addListener(rebuild);
        catalog.lifeEvents().addListener(rebuild);
        catalog.directory().addListener(rebuild);
        query.addListener((o, was, is) -> search());
        rebuild();
    }

    /** Re-indexes the catalog on a background thread. */
    public void rebuild() {
        List<KnowledgeEntry> entries = entries();
        runner.run(
                () -> KnowledgeIndex.build(entries),
                built -> {
                    index = built; // the old one is left to the collector: a search may still be reading it
                    indexed.set(built.size());
                    search();
                },
                e -> indexed.set(-1));
    }

    private List<KnowledgeEntry> entries() {
        List<KnowledgeEntry> out = new ArrayList<>();
        for (AuthorityDto a : catalog.authorities()) {
            out.add(new KnowledgeEntry("authority", a.id(), a.name(), null, a.shortName(), List.of(nz(a.shortName()))));
        }
        for (ServiceDto s : catalog.services()) {
            LocalizedText authority =
                    catalog.authority(s.authorityId()).map(AuthorityDto::name).orElse(null);
            out.add(new KnowledgeEntry(
                    "service",
                    s.id(),
                    s.name(),
                    join(s.description(), authority),
                    authority == null ? null : authority.in(language),
                    List.of()));
        }
        for (LifeEventDto l : catalog.lifeEvents()) {
            LocalizedText service = l.serviceId() == null
                    ? null
                    : catalog.service(l.serviceId()).map(ServiceDto::name).orElse(null);
            out.add(new KnowledgeEntry("lifeEvent", l.id(), l.name(), service, null, List.of()));
        }
        for (DirectoryEntryDto d : catalog.directory()) {
            out.add(new KnowledgeEntry(
                    d.kind() == null ? "directory" : d.kind(), d.id(), d.title(), d.body(), contact(d), d.keywords()));
        }
        return out;
    }

    private static LocalizedText join(LocalizedText a, LocalizedText b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String l : List.of("fi", "sv", "en")) {
            m.put(l, nz(a.values().get(l)) + " · " + nz(b.values().get(l)));
        }
        return LocalizedText.of(m);
    }

    private static String contact(DirectoryEntryDto d) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {d.phone(), d.email(), d.url(), d.address()}) {
            if (p != null && !p.isBlank()) {
                parts.add(p);
            }
        }
        return String.join(" · ", parts);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void search() {
        String q = query.get();
        long mine = ++generation;
        KnowledgeIndex current = index;
        runner.run(
                () -> current.search(q, language, MAX_HITS),
                hits -> {
                    if (mine == generation) {
                        results.setAll(hits);
                    }
                },
                e -> results.clear());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<KnowledgeHit> results() {
        return results;
    }

    public ReadOnlyIntegerProperty indexedProperty() {
        return indexed.getReadOnlyProperty();
    }
}
