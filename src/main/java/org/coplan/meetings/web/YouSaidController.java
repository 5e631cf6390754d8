package org.coplan.meetings.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.meetings.domain.MeetingAction;
import org.coplan.meetings.domain.YouSaid;
import org.coplan.meetings.domain.YouSaid.Progress;
import org.coplan.meetings.internal.MeetingAccess;
import org.coplan.meetings.internal.MeetingAccess.MeetingCase;
import org.coplan.meetings.internal.YouSaidWeDid;
import org.coplan.people.SignedInPerson;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "You said, we did" on a case: everything the family raised and what came of it, for everyone on the case. */
@Controller
class YouSaidController {

    private final MeetingAccess access;
    private final YouSaidWeDid youSaid;

    YouSaidController(MeetingAccess access, YouSaidWeDid youSaid) {
        this.access = access;
        this.youSaid = youSaid;
    }

    @GetMapping("/cases/{caseId}/you-said-we-did")
    String showYouSaid(
            @PathVariable UUID caseId, @RequestParam(required = false) String show, @AuthenticationPrincipal SignedInPerson who,
            Model model) {
        MeetingCase mc = access.open(who.id(), caseId, MeetingAction.VIEW);
        MeetingPages.common(mc, model);
        List<YouSaid> all = youSaid.forCase(mc.ctx(), LocaleContextHolder.getLocale());
        Map<Progress, Long> counts = new EnumMap<>(Progress.class);
        for (Progress p : Progress.values()) {
            counts.put(p, all.stream().filter(y -> y.progress() == p).count());
        }
        Progress only = MeetingPages.parse(Progress.class, show);
        model.addAttribute("items", only == null ? all : all.stream().filter(y -> y.progress() == only).toList());
        model.addAttribute("total", all.size());
        model.addAttribute("counts", counts);
        model.addAttribute("show", only == null ? "" : only.name());
        model.addAttribute("progresses", Progress.values());
        access.recordView(mc, "You said, we did");
        return "meetings/you-said";
    }
}
