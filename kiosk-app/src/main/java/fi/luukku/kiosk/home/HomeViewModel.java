package fi.luukku.kiosk.home;

import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.kiosk.KioskCatalog;
import fi.luukku.kiosk.shell.KioskViewModel;
import fi.luukku.kiosk.shell.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "What do you need?": the authorities present at the point, life events, "I don't know" and "I have an
 * appointment". Choosing an authority with several services shows its services first.
 */
public final class HomeViewModel {
    private static final Set<String> RECEPTION_WORDS =
            Set.of("reception", "advice", "general", "neuvonta", "palveluneuvonta", "yleis", "info", "vastaanotto");

    private final KioskViewModel kiosk;
    private final ObservableList<Choice> authorities = FXCollections.observableArrayList();
    private final ObservableList<Choice> lifeEvents = FXCollections.observableArrayList();
    private final ObservableList<Choice> services = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selectedAuthority = new ReadOnlyStringWrapper(this, "selectedAuthority");
    private final ReadOnlyStringWrapper selectedAuthorityName =
            new ReadOnlyStringWrapper(this, "selectedAuthorityName");

    public HomeViewModel(KioskViewModel kiosk) {
        this.kiosk = kiosk;
        kiosk.catalogProperty().addListener((o, a, b) -> refresh());
        kiosk.languageProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObservableList<Choice> authorities() {
        return authorities;
    }

    public ObservableList<Choice> lifeEvents() {
        return lifeEvents;
    }

    /** The services of the chosen authority (empty until one with several services is chosen). */
    public ObservableList<Choice> services() {
        return services;
    }

    public ReadOnlyStringProperty selectedAuthorityProperty() {
        return selectedAuthority.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedAuthorityNameProperty() {
        return selectedAuthorityName.getReadOnlyProperty();
    }

    private void refresh() {
        KioskCatalog c = kiosk.getCatalog();
        String lang = kiosk.getLanguage();
        if (c == null) {
            authorities.clear();
            lifeEvents.clear();
            services.clear();
            return;
        }
        List<Choice> a = new ArrayList<>();
        for (AuthorityDto auth : orderedAuthorities(c)) {
            if (!c.servicesOf(auth.id()).isEmpty()) {
                a.add(new Choice(auth.id(), auth.name().in(lang)));
            }
        }
        authorities.setAll(a);
        lifeEvents.setAll(c.lifeEvents().stream()
                .filter(e -> e.serviceId() != null && c.service(e.serviceId()).isPresent())
                .map(e -> new Choice(e.id(), e.name().in(lang)))
                .toList());
        String sel = selectedAuthority.get();
        if (sel != null) {
            showServicesOf(c, sel, lang);
        }
    }

    private static List<AuthorityDto> orderedAuthorities(KioskCatalog c) {
        List<String> order = c.point() != null && c.point().authorityIds() != null
                ? c.point().authorityIds()
                : List.of();
        List<AuthorityDto> sorted = new ArrayList<>(c.authorities());
        sorted.sort((x, y) -> Integer.compare(rank(order, x.id()), rank(order, y.id())));
        return sorted;
    }

    private static int rank(List<String> order, String id) {
        int i = order.indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private void showServicesOf(KioskCatalog c, String authorityId, String lang) {
        services.setAll(c.servicesOf(authorityId).stream()
                .map(s -> new Choice(s.id(), s.name().in(lang)))
                .toList());
        selectedAuthorityName.set(
                c.authority(authorityId).map(x -> x.name().in(lang)).orElse(""));
    }

    public void chooseAuthority(String authorityId) {
        kiosk.userActivity();
        KioskCatalog c = kiosk.getCatalog();
        List<ServiceDto> of = c.servicesOf(authorityId);
        if (of.size() == 1) {
            kiosk.selectService(of.get(0));
            return;
        }
        selectedAuthority.set(authorityId);
        showServicesOf(c, authorityId, kiosk.getLanguage());
    }

    public void chooseService(String serviceId) {
        kiosk.userActivity();
        kiosk.getCatalog().service(serviceId).ifPresent(kiosk::selectService);
    }

    public void chooseLifeEvent(String lifeEventId) {
        kiosk.userActivity();
        KioskCatalog c = kiosk.getCatalog();
        c.lifeEvents().stream()
                .filter(e -> e.id().equals(lifeEventId))
                .map(LifeEventDto::serviceId)
                .findFirst()
                .flatMap(c::service)
                .ifPresent(kiosk::selectService);
    }

    /** "I don't know what I need": the reception / general advice queue, where an advisor finds out. */
    public void dontKnow() {
        kiosk.userActivity();
        receptionService().ifPresent(kiosk::selectService);
    }

    public Optional<ServiceDto> receptionService() {
        KioskCatalog c = kiosk.getCatalog();
        if (c == null || c.services().isEmpty()) {
            return Optional.empty();
        }
        String configured = kiosk.settings().receptionServiceId();
        if (configured != null) {
            Optional<ServiceDto> s = c.service(configured);
            if (s.isPresent()) {
                return s;
            }
        }
        for (ServiceDto s : c.services()) {
            if (looksLikeReception(s.authorityId()) || looksLikeReception(s.id())) {
                return Optional.of(s);
            }
        }
        return Optional.of(c.services().get(0));
    }

    private static boolean looksLikeReception(String id) {
        if (id == null) {
            return false;
        }
        String lower = id.toLowerCase(Locale.ROOT);
        return RECEPTION_WORDS.stream().anyMatch(lower::contains);
    }

    public void appointment() {
        kiosk.userActivity();
        kiosk.show(Screen.APPOINTMENT);
    }

    public boolean feedbackAvailable() {
        return kiosk.feedback().available();
    }

    public void feedback() {
        kiosk.userActivity();
        kiosk.openFeedback();
    }

    /** Back inside the home screen: from an authority's services to all authorities. */
    public boolean backWithin() {
        if (selectedAuthority.get() != null) {
            clear();
            return true;
        }
        return false;
    }

    public void clear() {
        selectedAuthority.set(null);
        selectedAuthorityName.set(null);
        services.clear();
    }
}
