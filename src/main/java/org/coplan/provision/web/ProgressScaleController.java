package org.coplan.provision.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coplan.people.Organisation;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.provision.domain.ProgressScale;
import org.coplan.provision.domain.ProgressStep;
import org.coplan.provision.internal.ProgressReading;
import org.coplan.provision.internal.ProgressWork;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The authority's progress scale, set by its SEN manager: rename, reorder, add and remove steps.
 * Anyone else is told the page does not exist.
 */
@Controller
class ProgressScaleController {

    static final String PATH = "/provision/progress-scale";

    /** One row of the form as shown: the step (null for the new one) and what is typed in it. */
    record RowForm(ProgressStep step, String label, String position, boolean remove, boolean used) {}

    private final ProgressReading reading;
    private final ProgressWork work;
    private final People people;

    ProgressScaleController(ProgressReading reading, ProgressWork work, People people) {
        this.reading = reading;
        this.work = work;
        this.people = people;
    }

    @GetMapping(PATH)
    String showScale(@AuthenticationPrincipal SignedInPerson who, @RequestParam(required = false) String la, Model model) {
        Organisation authority = authority(who, la, model);
        ProgressReading.ScaleView view = reading.scale(authority.id().value());
        List<RowForm> rows = view.scale().steps().stream()
                .map(s -> new RowForm(s, s.label(), String.valueOf(s.position()), false, view.used().contains(s.id())))
                .toList();
        return page(view, rows, "", "", view.scale().version(), new FormErrors(), model);
    }

    @PostMapping(PATH)
    String submitScale(
            @AuthenticationPrincipal SignedInPerson who, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        Organisation authority = authority(who, form.get("authorityId"), model);
        if (!authority.id().value().toString().equals(form.get("authorityId"))) {
            throw new NotFound();
        }
        int basedOn = parseInt(form.get("version"));
        List<ProgressScale.Row> rows = new ArrayList<>();
        for (int i = 0; form.containsKey("id-" + i) && i < ProgressScale.MAX_STEPS * 2; i++) {
            UUID id = uuid(form.get("id-" + i));
            rows.add(new ProgressScale.Row(id, form.getOrDefault(ProgressScale.labelField(i), ""),
                    form.getOrDefault(ProgressScale.positionField(i), ""), form.containsKey(ProgressScale.removeField(i))));
        }
        ProgressScale.Row added = new ProgressScale.Row(null, form.getOrDefault(ProgressScale.NEW_LABEL, ""),
                form.getOrDefault(ProgressScale.NEW_POSITION, ""), false);
        ProgressScale.Change change = work.changeScale(authority.id().value(), who.id().value(),
                new ProgressScale.Edit(basedOn, rows, added));
        if (change instanceof ProgressScale.Change.Refused refused) {
            FormErrors errors = new FormErrors();
            refused.problems().forEach(p -> errors.add(p.field(), p.key(), p.args()));
            ProgressReading.ScaleView now = reading.scale(authority.id().value());
            boolean changedElsewhere = errors.has(ProgressScale.SCALE) && now.scale().version() != basedOn;
            List<RowForm> typed = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                ProgressScale.Row r = rows.get(i);
                Optional<ProgressStep> step = r.id() == null ? Optional.empty() : now.scale().step(r.id());
                typed.add(new RowForm(step.orElse(new ProgressStep(r.id(), r.label(), 0)), r.label(), r.position(), r.remove(),
                        r.id() != null && now.used().contains(r.id())));
            }
            if (changedElsewhere) {
                // The steps as saved now, the typed words kept for the rows still there: saving again is based on the new version.
                typed = now.scale().steps().stream()
                        .map(s -> rows.stream().filter(r -> s.id().equals(r.id())).findFirst()
                                .map(r -> new RowForm(s, r.label(), r.position(), r.remove(), now.used().contains(s.id())))
                                .orElse(new RowForm(s, s.label(), String.valueOf(s.position()), false, now.used().contains(s.id()))))
                        .toList();
                model.addAttribute("saved", now.scale());
            }
            return page(now, typed, added.label(), added.position(), changedElsewhere ? now.scale().version() : basedOn, errors, model);
        }
        redirect.addFlashAttribute("done", "progress.scale.saved");
        return "redirect:" + PATH + "?la=" + authority.id().value();
    }

    private String page(ProgressReading.ScaleView view, List<RowForm> rows, String newLabel, String newPosition, int version,
            FormErrors errors, Model model) {
        model.addAttribute("scale", view.scale());
        model.addAttribute("rows", rows);
        model.addAttribute("newLabel", newLabel);
        model.addAttribute("newPosition", newPosition);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("maxLabel", ProgressScale.MAX_LABEL);
        return "provision/progress-scale";
    }

    /** The authority whose scale the person edits: one where they are the SEN manager, chosen by {@code la} when they have several. */
    private Organisation authority(SignedInPerson who, String la, Model model) {
        List<Organisation> mine = people.staffMemberships(who.id()).stream()
                .filter(m -> m.role() == StaffRole.SEN_MANAGER)
                .map(StaffMembership::organisationId)
                .distinct()
                .map(people::organisation)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
        if (mine.isEmpty()) {
            throw new NotFound();
        }
        Organisation chosen = mine.stream().filter(o -> o.id().value().toString().equals(la)).findFirst().orElse(mine.getFirst());
        model.addAttribute("authority", chosen);
        model.addAttribute("authorities", mine);
        return chosen;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
