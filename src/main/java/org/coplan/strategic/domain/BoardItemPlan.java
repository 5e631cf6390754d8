package org.coplan.strategic.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A new item of the programme of work as typed: what it is, its rung, a co-lead from each side (one
 * from the parent carer forum, one from the local authority: an item is worked on together or it is
 * not co-production) and its dates, the target after the start.
 *
 * @param forumLeadIsForum whether the forum co-lead chosen is one of the forum's officers or members
 * @param authorityLeadIsAuthority whether the authority co-lead chosen is one of the authority's staff
 */
public record BoardItemPlan(String title, String summary, Rung rung, UUID forumLead, boolean forumLeadIsForum, UUID authorityLead,
        boolean authorityLeadIsAuthority, LocalDate startsOn, LocalDate targetOn) {

    /** Longest title and summary kept. */
    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2_000;

    /** What is wrong, field by field, as message keys; empty when the item can be added. */
    public Map<String, String> problems() {
        Map<String, String> p = new LinkedHashMap<>();
        if (blank(title)) {
            p.put("title", "board.error.titleRequired");
        } else if (title.strip().length() > MAX_TITLE) {
            p.put("title", "board.error.titleTooLong");
        }
        if (blank(summary)) {
            p.put("summary", "board.error.summaryRequired");
        } else if (summary.strip().length() > MAX_SUMMARY) {
            p.put("summary", "board.error.summaryTooLong");
        }
        if (rung == null) {
            p.put("rung", "board.error.rungRequired");
        }
        if (forumLead == null) {
            p.put("forumLead", "board.error.forumLeadRequired");
        } else if (!forumLeadIsForum) {
            p.put("forumLead", "board.error.forumLeadNotForum");
        }
        if (authorityLead == null) {
            p.put("authorityLead", "board.error.authorityLeadRequired");
        } else if (!authorityLeadIsAuthority) {
            p.put("authorityLead", "board.error.authorityLeadNotAuthority");
        }
        if (startsOn != null && targetOn != null && !targetOn.isAfter(startsOn)) {
            p.put("targetOn", "board.error.targetNotAfterStart");
        }
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
