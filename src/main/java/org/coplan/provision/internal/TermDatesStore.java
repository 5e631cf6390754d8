package org.coplan.provision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.provision.domain.SchoolYearTerms;
import org.coplan.provision.domain.Term;
import org.coplan.provision.domain.TermName;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Term dates set by a local authority (its default) or a school, one row per school year. Each row
 * has a version: a save names the version it was based on and is refused if another came first.
 */
@Repository
public class TermDatesStore {

    /** Whose dates these are. */
    public enum OwnerKind {
        AUTHORITY,
        SCHOOL
    }

    /** Stored dates and who last changed them. */
    public record Stored(UUID owner, OwnerKind kind, SchoolYearTerms terms, int version, String updatedByName, Instant updatedAt) {}

    private final JdbcClient jdbc;

    TermDatesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Stored> forOwner(UUID owner) {
        return jdbc.sql("select * from term_dates where owner_id = ? order by school_year").param(owner).query(TermDatesStore::row).list();
    }

    /** Every stored year of these owners, by owner, in one query. */
    public Map<UUID, List<SchoolYearTerms>> forOwners(Collection<UUID> owners) {
        Map<UUID, List<SchoolYearTerms>> byOwner = new HashMap<>();
        if (owners.isEmpty()) {
            return byOwner;
        }
        jdbc.sql("select * from term_dates where owner_id = any(?)")
                .param(owners.toArray(UUID[]::new))
                .query(TermDatesStore::row)
                .list()
                .forEach(s -> byOwner.computeIfAbsent(s.owner(), k -> new ArrayList<>()).add(s.terms()));
        return byOwner;
    }

    public Optional<Stored> find(UUID owner, int schoolYear) {
        return jdbc.sql("select * from term_dates where owner_id = ? and school_year = ?")
                .params(owner, schoolYear)
                .query(TermDatesStore::row)
                .optional();
    }

    /**
     * Saves a year's dates. {@code basedOn} is the version the person saw, 0 when there was none.
     * False when someone else saved (or removed) them in the meantime.
     */
    public boolean save(UUID owner, OwnerKind kind, SchoolYearTerms terms, int basedOn, UUID by, String byName, Instant at) {
        List<Object> dates = new ArrayList<>();
        for (TermName n : TermName.values()) {
            Term t = terms.term(n);
            dates.addAll(List.of(t.firstDay(), t.lastDay(), t.halfTermFirst(), t.halfTermLast()));
        }
        if (basedOn == 0) {
            try {
                List<Object> params = new ArrayList<>(List.of(owner, kind.name(), terms.startYear()));
                params.addAll(dates);
                params.addAll(List.of(by, byName, Timestamp.from(at)));
                jdbc.sql("""
                        insert into term_dates (owner_id, owner_kind, school_year, autumn_first, autumn_last, autumn_half_first,
                            autumn_half_last, spring_first, spring_last, spring_half_first, spring_half_last, summer_first, summer_last,
                            summer_half_first, summer_half_last, version, updated_by, updated_by_name, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
                        .params(params)
                        .update();
                return true;
            } catch (DuplicateKeyException someoneElse) {
                return false;
            }
        }
        List<Object> params = new ArrayList<>(dates);
        params.addAll(List.of(by, byName, Timestamp.from(at), owner, terms.startYear(), basedOn));
        return jdbc.sql("""
                update term_dates set autumn_first = ?, autumn_last = ?, autumn_half_first = ?, autumn_half_last = ?,
                    spring_first = ?, spring_last = ?, spring_half_first = ?, spring_half_last = ?,
                    summer_first = ?, summer_last = ?, summer_half_first = ?, summer_half_last = ?,
                    version = version + 1, updated_by = ?, updated_by_name = ?, updated_at = ?
                where owner_id = ? and school_year = ? and version = ?""")
                .params(params)
                .update() == 1;
    }

    /** Removes a year's dates (the owner follows its default again). False when they changed in the meantime. */
    public boolean remove(UUID owner, int schoolYear, int basedOn) {
        return jdbc.sql("delete from term_dates where owner_id = ? and school_year = ? and version = ?")
                .params(owner, schoolYear, basedOn)
                .update() == 1;
    }

    static Stored row(ResultSet rs, int n) throws SQLException {
        List<Term> terms = new ArrayList<>();
        for (TermName name : TermName.values()) {
            String f = name.field();
            terms.add(new Term(name, rs.getObject(f + "_first", LocalDate.class), rs.getObject(f + "_last", LocalDate.class),
                    rs.getObject(f + "_half_first", LocalDate.class), rs.getObject(f + "_half_last", LocalDate.class)));
        }
        return new Stored(rs.getObject("owner_id", UUID.class), OwnerKind.valueOf(rs.getString("owner_kind")),
                new SchoolYearTerms(rs.getInt("school_year"), terms), rs.getInt("version"), rs.getString("updated_by_name"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
