package fi.luukku.service.web;

/** The routes of one feature. A new feature is one class implementing this plus one line where groups are listed. */
public interface RouteGroup {
    void register(Routes routes);
}
