package org.coplan.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.AboutMePart;
import org.coplan.cases.AboutMeRevision;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseMember;
import org.coplan.cases.ParticipationChoices;
import org.coplan.cases.UnavailableSlot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what a case's own pages show of it, once the case has been opened through
 * {@link org.coplan.cases.CaseAccess}: team members, family members' participation choices and
 * "All about me". Other modules ask {@code CaseAccess} instead.
 */
@Service
@Transactional(readOnly = true)
public class CaseReading {

    private final CaseMembers members;
    private final ParticipationStore participation;
    private final AboutMeRevisions aboutMe;
    private final MyVoices voices;

    CaseReading(CaseMembers members, ParticipationStore participation, AboutMeRevisions aboutMe, MyVoices voices) {
        this.voices = voices;
        this.members = members;
        this.participation = participation;
        this.aboutMe = aboutMe;
    }

    /** A member of the case team now, by the id of their membership. */
    public Optional<CaseMember> activeMember(CaseId caseId, UUID memberId) {
        return members.activeMember(caseId, memberId);
    }

    /** The membership of the person who opened the case, if they are on its team now. */
    public Optional<CaseMember> membershipOf(CaseContext ctx) {
        return members.activeMembership(ctx.caseId(), ctx.viewerId());
    }

    /** The participation choices of each of these members who has made some, by membership id. */
    public Map<UUID, ParticipationChoices> choicesOf(Set<UUID> memberIds) {
        return participation.findAll(memberIds);
    }

    /** The member's phone number and postal address, given with their choices. */
    public org.coplan.cases.ContactDetails contactOf(CaseMember member) {
        return participation.contact(member.id());
    }

    public Optional<ParticipationChoices> choicesOf(CaseMember member) {
        return participation.find(member.id());
    }

    /** The regular times the member has said they cannot attend meetings. */
    public Set<UnavailableSlot> unavailableSlotsOf(CaseMember member) {
        return participation.unavailable(member.id());
    }

    /** Each part of "All about me" as it stands; a part nobody has written is missing. */
    public Map<AboutMePart, AboutMeRevision> aboutMe(CaseId caseId) {
        return aboutMe.latest(caseId);
    }

    /** Every saved text of one part of "All about me". */
    public List<AboutMeRevision> aboutMeHistory(CaseId caseId, AboutMePart part) {
        return aboutMe.history(caseId, part);
    }

    /** Every "my views" the child has sent, newest first, exactly as they gave them. */
    public List<org.coplan.cases.MyVoice> myVoices(CaseId caseId) {
        return voices.sent(caseId);
    }
}
