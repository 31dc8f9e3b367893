package fi.luukku.service.web;

import fi.luukku.core.api.AppointmentDto;
import fi.luukku.service.ticket.AppointmentService;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Appointments from booking systems and experts (their check-in is a kiosk route). */
public final class AppointmentRoutes implements RouteGroup {
    private final AppointmentService appointments;
    private final Supplier<LocalDate> today;

    public AppointmentRoutes(AppointmentService appointments, Supplier<LocalDate> today) {
        this.appointments = appointments;
        this.today = today;
    }

    @Override
    public void register(Routes r) {
        r.post("/api/v1/points/{point}/appointments", "createAppointment")
                .summary("Create an appointment (booking systems)")
                .atPoint(Roles.BOOKERS)
                .request(AppointmentDto.class)
                .created(AppointmentDto.class)
                .idempotent()
                .answers(409)
                .handle(x -> x.created(appointments.create(x.who(), x.point(), x.body(AppointmentDto.class), x.key())));
        r.get("/api/v1/points/{point}/appointments", "listAppointments")
                .summary("Appointments of a day (?day=YYYY-MM-DD)")
                .atPoint(Roles.STAFF)
                .query("day", "date", "YYYY-MM-DD, default today")
                .response(Types.listOf(AppointmentDto.class))
                .handle(x -> x.ok(appointments.list(x.point(), Check.day(x.query("day"), today.get()))));
        r.put("/api/v1/appointments/{id}", "changeAppointment")
                .summary("Change an appointment")
                .roles(Roles.BOOKERS)
                .request(AppointmentDto.class)
                .response(AppointmentDto.class)
                .answers(409)
                .handle(x -> {
                    String id = x.id("appointment");
                    appointments.requireAccess(x.who(), id);
                    x.ok(appointments.change(x.who(), id, x.body(AppointmentDto.class)));
                });
        r.post("/api/v1/appointments/{id}/cancel", "cancelAppointment")
                .summary("Cancel an appointment")
                .roles(Roles.BOOKERS)
                .response(AppointmentDto.class)
                .answers(409)
                .handle(x -> x.ok(appointments.cancel(x.who(), x.id("appointment"))));
        r.delete("/api/v1/appointments/{id}", "deleteAppointment")
                .summary("Cancel an appointment")
                .roles(Roles.BOOKERS)
                .response(AppointmentDto.class)
                .answers(409)
                .handle(x -> x.ok(appointments.cancel(x.who(), x.id("appointment"))));
    }
}
