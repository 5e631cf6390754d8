package org.coplan.strategic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The board's rules: an item is co-led from both sides with its target after its start, and moves on in order. */
class BoardRulesTest {

    static final LocalDate START = LocalDate.of(2027, 1, 10);
    static final UUID FORUM = UUID.randomUUID();
    static final UUID COUNCIL = UUID.randomUUID();

    static BoardItemPlan plan(UUID forumLead, boolean forumSide, UUID authorityLead, boolean authoritySide, LocalDate target) {
        return new BoardItemPlan("Short breaks", "Families cannot find short breaks.", Rung.CO_DESIGNING, forumLead, forumSide,
                authorityLead, authoritySide, START, target);
    }

    @Test
    void anItemWithACoLeadFromEachSideAndATargetAfterItsStartCanBeAdded() {
        assertThat(plan(FORUM, true, COUNCIL, true, START.plusMonths(2)).problems()).isEmpty();
    }

    @Test
    void anItemNeedsACoLeadFromTheForumAndOneFromTheCouncil() {
        assertThat(plan(null, false, COUNCIL, true, START.plusDays(1)).problems()).containsEntry("forumLead", "board.error.forumLeadRequired");
        assertThat(plan(FORUM, true, null, false, START.plusDays(1)).problems())
                .containsEntry("authorityLead", "board.error.authorityLeadRequired");
        assertThat(plan(COUNCIL, false, FORUM, false, START.plusDays(1)).problems())
                .containsEntry("forumLead", "board.error.forumLeadNotForum")
                .containsEntry("authorityLead", "board.error.authorityLeadNotAuthority");
    }

    @Test
    void theTargetDateMustComeAfterTheStart() {
        assertThat(plan(FORUM, true, COUNCIL, true, START).problems()).containsEntry("targetOn", "board.error.targetNotAfterStart");
        assertThat(plan(FORUM, true, COUNCIL, true, START.minusDays(1)).problems()).containsKey("targetOn");
    }

    @Test
    void aTitleSummaryAndRungAreRequired() {
        BoardItemPlan p = new BoardItemPlan(" ", "", null, FORUM, true, COUNCIL, true, START, START.plusDays(1));
        assertThat(p.problems()).containsKeys("title", "summary", "rung");
    }

    @Test
    void itemsMoveOnInOrderAndEndedItemsStayEnded() {
        assertThat(new StatusMove(ItemStatus.PROPOSED, ItemStatus.AGREED, null, null).problem()).isEmpty();
        assertThat(new StatusMove(ItemStatus.IN_PROGRESS, ItemStatus.AGREED, null, null).problem().orElseThrow()[1])
                .isEqualTo("board.error.notNext");
        assertThat(new StatusMove(ItemStatus.DONE, ItemStatus.IN_PROGRESS, null, null).problem().orElseThrow()[1])
                .isEqualTo("board.error.ended");
        assertThat(new StatusMove(ItemStatus.PROPOSED, null, null, null).problem().orElseThrow()[1]).isEqualTo("board.error.statusRequired");
    }

    @Test
    void finishingSaysWhatWasDoneAndStoppingSaysWhy() {
        assertThat(new StatusMove(ItemStatus.IN_PROGRESS, ItemStatus.DONE, " ", null).problem().orElseThrow())
                .containsExactly("weDid", "board.error.weDidRequired");
        assertThat(new StatusMove(ItemStatus.IN_PROGRESS, ItemStatus.DONE, "We wrote the page.", null).problem()).isEmpty();
        assertThat(new StatusMove(ItemStatus.AGREED, ItemStatus.STOPPED, null, "").problem().orElseThrow())
                .containsExactly("reason", "board.error.reasonRequired");
        assertThat(new StatusMove(ItemStatus.AGREED, ItemStatus.STOPPED, null, "Funding ended.").problem()).isEmpty();
    }

    @Test
    void anActionIsClosedByTheBoardsOfficersOrByItsOwnerWithASeat() {
        ForumSeat member = new ForumSeat(FORUM, COUNCIL, true, false, false);
        ForumSeat none = new ForumSeat(FORUM, COUNCIL, false, false, false);
        ForumSeat officer = new ForumSeat(FORUM, COUNCIL, false, true, false);
        assertThat(member.mayCloseBoardAction(true)).isTrue();
        assertThat(member.mayCloseBoardAction(false)).isFalse();
        assertThat(none.mayCloseBoardAction(true)).isFalse();
        assertThat(officer.mayCloseBoardAction(false)).isTrue();
    }
}
