package org.coplan.strategic.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseNotices;
import org.coplan.cases.ChildCase;
import org.coplan.deadlines.YoungPersonRule;
import org.coplan.meetings.domain.Anonymity;
import org.coplan.people.Organisation;
import org.coplan.strategic.domain.MarkKind;
import org.coplan.strategic.domain.MarkStatus;
import org.coplan.strategic.domain.Rung;
import org.coplan.strategic.domain.ThemeRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bench model's themes and the marks on cases that give them their weight. Callers have opened
 * the case through the access policy (or, for the area's list, checked the forum seat). A theme is
 * counted in cases with a consented mark, never named: nothing here returns which cases marked a
 * theme to anyone but the case itself.
 */
@Service
@Transactional
public class Themes {

    /** A theme of an area; {@code organisationId} is set for a theme of one school or service. */
    public record Theme(UUID id, UUID localAuthorityId, UUID organisationId, String title, String description, String status,
            Instant createdAt, int version) {

        public boolean raised() {
            return "RAISED".equals(status);
        }
    }

    /** One mark of a theme on a case. */
    public record Mark(UUID id, UUID themeId, UUID caseId, MarkKind kind, UUID sourceId, String note, UUID markedBy, boolean byFamily,
            MarkStatus status, String answerReason, Instant answeredAt, Instant createdAt, int version) {}

    /** A theme with its weight, and its programme item once raised. */
    public record Weighed(Theme theme, int weight, Optional<Programme.Item> item) {}

    /** The outcome of creating a theme: made, or refused because its words name someone on the case. */
    public sealed interface Made {}

    public record Created(UUID themeId) implements Made {}

    public record NamesFound(String field, List<String> names) implements Made {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CaseAccess cases;
    private final CaseNotices notices;
    private final Programme programme;
    private final ForumMembers forums;
    private final int raiseAt;

    Themes(JdbcClient jdbc, Clock clock, CaseAccess cases, CaseNotices notices, Programme programme, ForumMembers forums,
            @Value("${coplan.strategic.theme-raise-at:3}") int raiseAt) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cases = cases;
        this.notices = notices;
        this.programme = programme;
        this.forums = forums;
        this.raiseAt = raiseAt;
    }

    public int raiseAt() {
        return raiseAt;
    }

    /** The themes a case can be marked with: the area's own, and those of the child's school. */
    @Transactional(readOnly = true)
    public List<Theme> forCase(ChildCase child) {
        return jdbc.sql("""
                select * from theme where local_authority_id = ? and (organisation_id is null or organisation_id = ?)
                  and status <> 'MERGED'
                order by lower(title), id""")
                .params(child.localAuthority().value(), child.school() == null ? null : child.school().value())
                .query(Themes::theme)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Theme> theme(UUID id) {
        return jdbc.sql("select * from theme where id = ?").param(id).query(Themes::theme).optional();
    }

    /**
     * A new theme in the case's area (or only its school's), if its words name nobody on the case:
     * not the child, not anyone who is or was on the team.
     */
    public Made create(CaseContext ctx, boolean schoolOnly, String title, String description) {
        Set<String> names = cases.namesOnCases(List.of(ctx.caseId())).getOrDefault(ctx.caseId(), Set.of());
        List<String> inTitle = Anonymity.namesIn(title, names);
        if (!inTitle.isEmpty()) {
            return new NamesFound("title", inTitle);
        }
        List<String> inDescription = Anonymity.namesIn(description, names);
        if (!inDescription.isEmpty()) {
            return new NamesFound("description", inDescription);
        }
        UUID id = UUID.randomUUID();
        ChildCase child = ctx.child();
        jdbc.sql("""
                insert into theme (id, local_authority_id, organisation_id, title, description, created_by, status, created_at)
                values (?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(id, child.localAuthority().value(), schoolOnly && child.school() != null ? child.school().value() : null,
                        title.strip(), description.strip(), ctx.viewerId().value(), Timestamp.from(clock.instant()))
                .update();
        return new Created(id);
    }

    /**
     * Marks the theme on the case. The family's own mark is their consent and counts at once; a mark
     * by staff waits for the family, who are told by the channels they chose.
     */
    public UUID mark(CaseContext ctx, Theme theme, MarkKind kind, UUID sourceId, String note) {
        boolean byFamily = ThemeRules.marksAsFamily(ctx.role());
        MarkStatus status = MarkStatus.start(byFamily);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into theme_mark (id, theme_id, case_id, kind, source_id, note, marked_by, by_family, status, answered_by, answered_at,
                    created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, theme.id(), ctx.caseId().value(), kind.name(), sourceId, note == null ? "" : note.strip(),
                        ctx.viewerId().value(), byFamily, status.name(), byFamily ? ctx.viewerId().value() : null, byFamily ? now : null, now)
                .update();
        cases.recordChange(ctx, "a theme for the school or area", theme.title());
        if (byFamily) {
            recount(theme.id());
        } else {
            boolean youngPerson = youngPerson(ctx.child());
            notices.tell(ctx.caseId(), t -> t.mayAct() && ThemeRules.mayConsent(t.role(), youngPerson),
                    "theme.email.waiting.subject", "theme.email.waiting.body", List.of(theme.title()), "/cases/" + ctx.caseId() + "/themes");
        }
        return id;
    }

    /** Every mark on the case, newest first. */
    @Transactional(readOnly = true)
    public List<Mark> marksOn(CaseContext ctx) {
        return jdbc.sql("select * from theme_mark where case_id = ? order by created_at desc, id")
                .param(ctx.caseId().value())
                .query(Themes::mark)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Mark> markOn(CaseContext ctx, UUID markId) {
        return jdbc.sql("select * from theme_mark where id = ? and case_id = ?")
                .params(markId, ctx.caseId().value())
                .query(Themes::mark)
                .optional();
    }

    /** Whether this person answers for the family on this case. */
    public boolean mayConsent(CaseContext ctx) {
        return ctx.mayAct() && ThemeRules.mayConsent(ctx.role(), youngPerson(ctx.child()));
    }

    /** The outcome of an answer: saved, not fitting the mark as it now stands, or changed meanwhile. */
    public enum Answered {
        SAVED,
        DOES_NOT_FIT,
        CHANGED_MEANWHILE
    }

    /** The family's answer about a mark; the theme's weight is counted again. */
    public Answered answer(CaseContext ctx, Mark mark, int version, MarkStatus.Answer answer, String reason) {
        Optional<MarkStatus> next = mark.status().after(answer);
        if (next.isEmpty()) {
            return Answered.DOES_NOT_FIT;
        }
        int changed = jdbc.sql("""
                update theme_mark set status = ?, answered_by = ?, answer_reason = ?, answered_at = ?, version = version + 1
                where id = ? and case_id = ? and version = ?""")
                .params(next.get().name(), ctx.viewerId().value(), reason == null || reason.isBlank() ? null : reason.strip(),
                        Timestamp.from(clock.instant()), mark.id(), ctx.caseId().value(), version)
                .update();
        if (changed != 1) {
            return Answered.CHANGED_MEANWHILE;
        }
        cases.recordChange(ctx, "consent to count a theme", next.get().name());
        recount(mark.themeId());
        return Answered.SAVED;
    }

    /** A theme's weight: distinct cases with a consented mark. */
    @Transactional(readOnly = true)
    public int weight(UUID themeId) {
        return jdbc.sql("select count(distinct case_id) from theme_mark where theme_id = ? and status = 'CONSENTED'")
                .param(themeId)
                .query(Integer.class)
                .single();
    }

    /**
     * Counts the theme again: its item's number of families follows the count; a theme reaching the
     * threshold is raised to the board once. The theme's row is locked, so two marks at once raise one item.
     */
    void recount(UUID themeId) {
        Theme theme = jdbc.sql("select * from theme where id = ? for update").param(themeId).query(Themes::theme).single();
        int weight = weight(themeId);
        Optional<Programme.Item> item = programme.itemForTheme(themeId);
        if (item.isPresent()) {
            if (item.get().families() == null || item.get().families() != weight) {
                programme.updateFamilies(item.get().id(), weight);
            }
        } else if (ThemeRules.reachesBoard(weight, raiseAt)) {
            raise(theme, weight);
        }
    }

    /**
     * Raises the theme to the board by hand, below the threshold (an officer's choice). False when it
     * was raised already or the area has no forum.
     */
    public boolean raiseByHand(UUID themeId) {
        Theme theme = jdbc.sql("select * from theme where id = ? for update").param(themeId).query(Themes::theme).single();
        if (programme.itemForTheme(themeId).isPresent()) {
            return false;
        }
        return raise(theme, weight(themeId));
    }

    private boolean raise(Theme theme, int weight) {
        Optional<Organisation> forum = forums.forumOf(theme.localAuthorityId());
        if (forum.isEmpty()) {
            return false;
        }
        programme.add(theme.localAuthorityId(), forum.get().id().value(), theme.title(), theme.description(), Rung.ENGAGING, theme.id(),
                weight, weight == 1 ? "Raised from 1 family's case" : "Raised from " + weight + " families' cases");
        jdbc.sql("update theme set status = 'RAISED', version = version + 1 where id = ?").param(theme.id()).update();
        return true;
    }

    /** Why two themes could not be put into one, or that they were. */
    public enum Merged { DONE, CHANGED_MEANWHILE, NOT_MERGEABLE }

    /**
     * Puts theme {@code from} into theme {@code into}, both of one area, when they are the same
     * problem: the marks move (a family who marked both still counts once), {@code from} is kept as
     * merged, pointing on, and {@code into} is counted again (reaching the board if it is now heavy
     * enough). A theme already on the board cannot be merged away; it can be merged into. Refused
     * when {@code from} changed since the page was shown. The caller checked the officer's seat.
     */
    public Merged merge(UUID from, int version, UUID into) {
        if (from.equals(into)) {
            return Merged.NOT_MERGEABLE;
        }
        List<Theme> both = jdbc.sql("select * from theme where id in (?, ?) order by id for update")
                .params(from, into)
                .query(Themes::theme)
                .list();
        Optional<Theme> source = both.stream().filter(t -> t.id().equals(from)).findFirst();
        Optional<Theme> target = both.stream().filter(t -> t.id().equals(into)).findFirst();
        if (source.isEmpty() || target.isEmpty() || !source.get().localAuthorityId().equals(target.get().localAuthorityId())
                || "MERGED".equals(target.get().status()) || programme.itemForTheme(from).isPresent()) {
            return Merged.NOT_MERGEABLE;
        }
        if (source.get().version() != version || !"OPEN".equals(source.get().status())) {
            return Merged.CHANGED_MEANWHILE;
        }
        jdbc.sql("update theme_mark set theme_id = ?, version = version + 1 where theme_id = ?").params(into, from).update();
        jdbc.sql("update theme set status = 'MERGED', merged_into = ?, version = version + 1 where id = ?").params(into, from).update();
        recount(into);
        return Merged.DONE;
    }

    /** The area's themes with their weights, most weight first. For officers only (the caller checked the seat). */
    @Transactional(readOnly = true)
    public List<Weighed> area(UUID localAuthorityId) {
        // one query for the themes with their weights and one for the area's items, whatever the number of themes
        Map<UUID, Programme.Item> items = programme.items(localAuthorityId).stream()
                .filter(i -> i.themeId() != null)
                .collect(Collectors.toMap(Programme.Item::themeId, i -> i, (a, b) -> a));
        return jdbc.sql("""
                select t.*, (select count(distinct m.case_id) from theme_mark m where m.theme_id = t.id and m.status = 'CONSENTED') as weight
                from theme t where t.local_authority_id = ? and t.status <> 'MERGED'
                order by weight desc, lower(t.title), t.id""")
                .param(localAuthorityId)
                .query((rs, n) -> new Weighed(theme(rs, n), rs.getInt("weight"), Optional.ofNullable(items.get(rs.getObject("id", UUID.class)))))
                .list();
    }

    /** The cases with a consented mark of the theme: only for telling their families what was done. */
    @Transactional(readOnly = true)
    List<UUID> consentingCases(UUID themeId) {
        return jdbc.sql("select distinct case_id from theme_mark where theme_id = ? and status = 'CONSENTED'")
                .param(themeId)
                .query(UUID.class)
                .list();
    }

    private boolean youngPerson(ChildCase child) {
        return YoungPersonRule.isYoungPerson(child.dateOfBirth(), LocalDate.now(clock));
    }

    private static Theme theme(ResultSet rs, int n) throws SQLException {
        return new Theme(rs.getObject("id", UUID.class), rs.getObject("local_authority_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getString("title"), rs.getString("description"), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
    }

    private static Mark mark(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Mark(rs.getObject("id", UUID.class), rs.getObject("theme_id", UUID.class), rs.getObject("case_id", UUID.class),
                MarkKind.valueOf(rs.getString("kind")), rs.getObject("source_id", UUID.class), rs.getString("note"),
                rs.getObject("marked_by", UUID.class), rs.getBoolean("by_family"), MarkStatus.valueOf(rs.getString("status")),
                rs.getString("answer_reason"), answered == null ? null : answered.toInstant(), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }
}
