package fi.luukku.service.point;

import fi.luukku.core.api.InfoMessageDto;
import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.events.EventTypes;
import fi.luukku.service.change.Mutations;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The info lines staff set for a point's displays. */
public final class InfoService {
    private final Database db;
    private final Mutations mutations;

    public InfoService(Database db, Mutations mutations) {
        this.db = db;
        this.mutations = mutations;
    }

    public List<InfoMessageDto> list(String pointId) {
        return db.read(sql -> list(sql, pointId));
    }

    public List<InfoMessageDto> list(Sql sql, String pointId) throws SQLException {
        return sql.list(
                "SELECT id, text_fi, text_sv, text_en, sort_order FROM info_messages WHERE point_id = ?"
                        + " ORDER BY sort_order, id",
                rs -> new InfoMessageDto(
                        rs.getString(1),
                        LocalizedText.of(rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getInt(5)),
                pointId);
    }

    /** Replaces the point's messages with the given list and announces it. */
    public List<InfoMessageDto> replace(String pointId, List<InfoMessageDto> messages) {
        // each message's shape (a text in fi/sv/en, lengths, id) was checked at the edge
        List<InfoMessageDto> clean = new ArrayList<>();
        int i = 0;
        for (InfoMessageDto m : messages) {
            Map<String, String> v = m.text().values();
            String fi = v.get("fi");
            String sv = v.get("sv");
            String en = v.get("en");
            String any = fi != null ? fi : sv != null ? sv : en;
            String id = m.id() == null ? pointId + "-info-" + (i + 1) : m.id();
            clean.add(new InfoMessageDto(
                    id, LocalizedText.of(fi == null ? any : fi, sv == null ? any : sv, en == null ? any : en), i));
            i++;
        }
        return mutations.run(pointId, ctx -> {
            ctx.sql.update("DELETE FROM info_messages WHERE point_id = ?", pointId);
            for (InfoMessageDto m : clean) {
                ctx.sql.update(
                        "INSERT INTO info_messages (id, point_id, text_fi, text_sv, text_en, sort_order)"
                                + " VALUES (?,?,?,?,?,?)",
                        m.id(),
                        pointId,
                        m.text().in("fi"),
                        m.text().in("sv"),
                        m.text().in("en"),
                        m.order());
            }
            List<InfoMessageDto> now = list(ctx.sql, pointId);
            ctx.emit(EventTypes.INFO_UPDATED, now);
            return now;
        });
    }
}
