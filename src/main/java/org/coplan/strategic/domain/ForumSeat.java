package org.coplan.strategic.domain;

import java.util.UUID;

/**
 * Where one signed-in person sits in one area's co-production: a member of its parent carer forum
 * (verified), an officer of that forum, or an officer of the local authority (its SEN manager).
 * All the strategic module's access rules are named methods here, so no controller decides alone.
 * Nothing here grants anything on a case: a forum seat and a place on a case team are kept apart.
 *
 * @param forumId the area's parent carer forum
 * @param localAuthorityId the local authority of the area
 */
public record ForumSeat(UUID forumId, UUID localAuthorityId, boolean member, boolean forumOfficer, boolean authorityOfficer) {

    /** Anyone with a seat at all. */
    public boolean any() {
        return member || forumOfficer || authorityOfficer;
    }

    /** Forum officers and the authority's officers run co-production together. */
    public boolean officer() {
        return forumOfficer || authorityOfficer;
    }

    /** Answering polls and consultations, and reviewing local-offer pages: verified members and forum officers. */
    public boolean mayAnswer() {
        return member || forumOfficer;
    }

    /** Opening, closing and recording the outcome of polls and consultations. */
    public boolean mayRunPolls() {
        return officer();
    }

    /**
     * Answering one poll or consultation: a verified member it was sent to (everyone, or those who
     * chose its topic), or a forum officer.
     */
    public boolean mayAnswerPoll(boolean inAudience) {
        return forumOfficer || (member && inAudience);
    }

    /** Seeing one opened poll and its results page: the members it was sent to, and the officers of both sides. */
    public boolean maySeePoll(boolean inAudience) {
        return officer() || (member && inAudience);
    }

    /** Managing forum membership (removing a member with a reason): the forum's own officers only. */
    public boolean mayManageMembers() {
        return forumOfficer;
    }

    /** Keeping the programme of work, board meetings, decisions and actions: both sides' officers. */
    public boolean mayRunBoard() {
        return officer();
    }

    /** Reading the board's full record (agenda, minutes, action log) when signed in: any seat. */
    public boolean mayReadBoard() {
        return any();
    }

    /** Marking a board action done or cancelling it: both sides' officers, and its owner while they have a seat. */
    public boolean mayCloseBoardAction(boolean ownsIt) {
        return mayRunBoard() || (ownsIt && mayReadBoard());
    }

    /** Answering local-offer reviews and importing or changing the directory: the authority's officers. */
    public boolean mayKeepLocalOffer() {
        return authorityOfficer;
    }
}
