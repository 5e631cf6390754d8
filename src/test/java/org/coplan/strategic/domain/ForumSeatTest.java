package org.coplan.strategic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ForumSeatTest {

    private static final UUID FORUM = UUID.randomUUID();
    private static final UUID LA = UUID.randomUUID();

    private static ForumSeat seat(boolean member, boolean forumOfficer, boolean authorityOfficer) {
        return new ForumSeat(FORUM, LA, member, forumOfficer, authorityOfficer);
    }

    @Test
    void nobodyWithoutASeatMayDoAnything() {
        ForumSeat none = seat(false, false, false);
        assertThat(List.of(none.any(), none.officer(), none.mayAnswer(), none.mayRunPolls(), none.mayManageMembers(), none.mayRunBoard(),
                none.mayReadBoard(), none.mayKeepLocalOffer())).containsOnly(false);
    }

    @Test
    void aMemberAnswersAndReadsButRunsNothing() {
        ForumSeat member = seat(true, false, false);
        assertThat(member.any()).isTrue();
        assertThat(member.mayAnswer()).isTrue();
        assertThat(member.mayReadBoard()).isTrue();
        assertThat(member.officer()).isFalse();
        assertThat(member.mayManageMembers()).isFalse();
        assertThat(member.mayRunPolls()).isFalse();
        assertThat(member.mayKeepLocalOffer()).isFalse();
    }

    @Test
    void onlyTheForumsOwnOfficersManageItsMembers() {
        assertThat(seat(false, true, false).mayManageMembers()).isTrue();
        assertThat(seat(true, true, false).mayManageMembers()).isTrue();
        // the authority's officer runs the board with the forum, but never decides who is in the forum
        assertThat(seat(false, false, true).mayManageMembers()).isFalse();
        assertThat(seat(true, false, false).mayManageMembers()).isFalse();
    }

    @Test
    void bothSidesOfficersRunPollsAndTheBoardAndOnlyTheAuthorityKeepsTheLocalOffer() {
        ForumSeat forumOfficer = seat(false, true, false);
        ForumSeat authorityOfficer = seat(false, false, true);
        assertThat(forumOfficer.mayRunPolls()).isTrue();
        assertThat(authorityOfficer.mayRunPolls()).isTrue();
        assertThat(forumOfficer.mayRunBoard()).isTrue();
        assertThat(authorityOfficer.mayRunBoard()).isTrue();
        assertThat(forumOfficer.mayAnswer()).isTrue();
        assertThat(authorityOfficer.mayAnswer()).isFalse();
        assertThat(forumOfficer.mayKeepLocalOffer()).isFalse();
        assertThat(authorityOfficer.mayKeepLocalOffer()).isTrue();
    }
}
