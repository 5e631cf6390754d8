package org.coplan.strategic.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coplan.people.Organisation;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.coplan.shared.web.Pagination;
import org.coplan.strategic.domain.ForumSeat;
import org.coplan.strategic.domain.PageRating;
import org.coplan.strategic.domain.PageReview;
import org.coplan.strategic.internal.ForumMembers;
import org.coplan.strategic.internal.LocalOfferDirectory;
import org.coplan.strategic.internal.LocalOfferDirectory.Imported;
import org.coplan.strategic.internal.LocalOfferDirectory.NotOruk;
import org.coplan.strategic.internal.LocalOfferDirectory.Refused;
import org.coplan.strategic.internal.LocalOfferDirectory.Saved;
import org.coplan.strategic.internal.LocalOfferReviews;
import org.coplan.strategic.internal.LocalOfferReviews.AlreadyAnswered;
import org.coplan.strategic.internal.LocalOfferReviews.Earlier;
import org.coplan.strategic.internal.LocalOfferReviews.Gone;
import org.coplan.strategic.internal.LocalOfferReviews.Outcome;
import org.coplan.strategic.internal.LocalOfferReviews.Review;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The local offer: the public directory and each service's page with its "Parent approved" badge
 * and answered reviews (no sign-in, no names); the Open Referral UK API; forum members' reviews;
 * and the authority's answers and imports.
 */
@Controller
class LocalOfferController {

    static final int MAX_TEXT = 2_000;
    static final List<String> CRITERIA = List.of("clear", "accurate", "accessible", "useful");

    private final ForumMembers members;
    private final LocalOfferDirectory directory;
    private final LocalOfferReviews reviews;

    LocalOfferController(ForumMembers members, LocalOfferDirectory directory, LocalOfferReviews reviews) {
        this.members = members;
        this.directory = directory;
        this.reviews = reviews;
    }

    // ---- public pages

    @GetMapping("/area/{laId}/local-offer")
    String showDirectory(@PathVariable UUID laId, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "1") String page, Model model) {
        Organisation forum = members.forumOf(laId).orElseThrow(NotFound::new);
        model.addAttribute("laId", laId);
        model.addAttribute("forum", forum);
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("categories", LocalOfferDirectory.CATEGORIES);
        LocalOfferDirectory.Found found = directory.search(laId, q, category, pageNumber(page));
        model.addAttribute("services", found.services());
        model.addAttribute("total", found.total());
        model.addAttribute("pagination", Pagination.of(found.page(), found.pages(), n -> UriComponentsBuilder.fromPath("/area/{la}/local-offer")
                .queryParamIfPresent("q", q.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(q))
                .queryParamIfPresent("category", category.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(category))
                .queryParam("page", n)
                .buildAndExpand(laId).encode().toUriString()));
        return "strategic/local-offer";
    }

    /** The page asked for; anything that is not a number is the first page. */
    private static int pageNumber(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @GetMapping("/area/{laId}/local-offer/{serviceId}")
    String showService(@PathVariable UUID laId, @PathVariable UUID serviceId, Model model) {
        LocalOfferDirectory.Service service = directory.service(laId, serviceId).orElseThrow(NotFound::new);
        model.addAttribute("laId", laId);
        model.addAttribute("service", service);
        model.addAttribute("reviews", reviews.reviewsOf(serviceId));
        model.addAttribute("criteria", CRITERIA);
        return "strategic/local-offer-service";
    }

    @GetMapping(value = "/area/{laId}/local-offer/services", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> showServicesApi(@PathVariable UUID laId, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "1") int page, @RequestParam(name = "per_page", defaultValue = "50") int perPage) {
        members.forumOf(laId).orElseThrow(NotFound::new);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(directory.page(laId, text, page, perPage).toString());
    }

    @GetMapping(value = "/area/{laId}/local-offer/services/{serviceId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> showServiceApi(@PathVariable UUID laId, @PathVariable UUID serviceId) {
        return directory.orukService(laId, serviceId)
                .map(s -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(s.toString()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"message\":\"Not found\"}"));
    }

    // ---- reviews by forum members

    private ForumSeat reviewerSeat(SignedInPerson who, UUID serviceId) {
        UUID la = directory.areaOf(serviceId).orElseThrow(NotFound::new);
        ForumSeat seat = members.seatInArea(who, la);
        if (!seat.mayAnswer()) {
            throw new NotFound();
        }
        return seat;
    }

    @GetMapping("/forum/local-offer/{serviceId}/review")
    String showReview(@PathVariable UUID serviceId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        ForumSeat seat = reviewerSeat(who, serviceId);
        return reviewPage(seat, serviceId, who, Map.of(), new FormErrors(), model);
    }

    @PostMapping("/forum/local-offer/{serviceId}/review")
    String submitReview(@PathVariable UUID serviceId, @RequestParam Map<String, String> typed, @AuthenticationPrincipal SignedInPerson who,
            Model model, RedirectAttributes redirect) {
        UUID la = directory.areaOf(serviceId).orElse(null);
        if (la == null) {
            // the service left the directory after the form was opened: say so, and give back what was typed
            model.addAttribute("typed", typed);
            return "strategic/local-offer-gone";
        }
        ForumSeat seat = reviewerSeat(who, serviceId);
        FormErrors errors = new FormErrors();
        PageRating[] ratings = new PageRating[4];
        for (int i = 0; i < 4; i++) {
            ratings[i] = rating(typed.get(CRITERIA.get(i)));
            if (ratings[i] == null) {
                errors.add(CRITERIA.get(i), "localoffer.review.error." + CRITERIA.get(i));
            }
        }
        String whyNot = typed.getOrDefault("whyNot", "");
        String comment = typed.getOrDefault("comment", "");
        PageReview review = errors.any() ? null : new PageReview(null, ratings[0], ratings[1], ratings[2], ratings[3]);
        if (review != null && review.anyNo() && whyNot.isBlank()) {
            errors.add("whyNot", "localoffer.review.error.whyNot");
        }
        if (whyNot.length() > MAX_TEXT) {
            errors.add("whyNot", "text.tooLong", MAX_TEXT);
        }
        if (comment.length() > MAX_TEXT) {
            errors.add("comment", "text.tooLong", MAX_TEXT);
        }
        if (errors.any()) {
            return reviewPage(seat, serviceId, who, typed, errors, model);
        }
        Outcome outcome = reviews.review(who, seat, serviceId, review, whyNot, comment);
        if (outcome instanceof Gone) {
            model.addAttribute("typed", typed);
            return "strategic/local-offer-gone";
        }
        if (outcome instanceof Earlier) {
            return reviewPage(seat, serviceId, who, typed, errors, model);
        }
        redirect.addFlashAttribute("done", "localoffer.review.saved");
        return "redirect:/area/" + seat.localAuthorityId() + "/local-offer/" + serviceId;
    }

    private String reviewPage(ForumSeat seat, UUID serviceId, SignedInPerson who, Map<String, String> typed, FormErrors errors, Model model) {
        LocalOfferDirectory.Service service = directory.service(seat.localAuthorityId(), serviceId).orElseThrow(NotFound::new);
        model.addAttribute("service", service);
        model.addAttribute("laId", seat.localAuthorityId());
        model.addAttribute("earlier", reviews.earlier(who.id(), serviceId).orElse(null));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("criteria", CRITERIA);
        return "strategic/local-offer-review";
    }

    private static PageRating rating(String value) {
        if (value == null) {
            return null;
        }
        try {
            return PageRating.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- the authority's side

    /** The seat of the SEN manager in the (first) area where they keep the local offer. */
    private ForumSeat keeperSeat(SignedInPerson who) {
        return members.seats(who).stream().filter(ForumSeat::mayKeepLocalOffer).findFirst().orElseThrow(NotFound::new);
    }

    @GetMapping("/forum/local-offer/reviews")
    String showWaiting(@AuthenticationPrincipal SignedInPerson who, Model model) {
        ForumSeat seat = keeperSeat(who);
        model.addAttribute("laId", seat.localAuthorityId());
        model.addAttribute("waiting", reviews.waiting(seat.localAuthorityId()));
        return "strategic/local-offer-waiting";
    }

    @GetMapping("/forum/local-offer/reviews/{reviewId}")
    String showAnswer(@PathVariable UUID reviewId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        ForumSeat seat = keeperSeat(who);
        Review review = reviews.find(seat.localAuthorityId(), reviewId).orElseThrow(NotFound::new);
        return answerPage(seat, review, review.answer() == null ? "" : review.answer(), review.pageChanged() == null ? ""
                : review.pageChanged() ? "yes" : "no", new FormErrors(), null, model);
    }

    @PostMapping("/forum/local-offer/reviews/{reviewId}/answer")
    String submitAnswer(@PathVariable UUID reviewId, @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "") String pageChanged, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) {
        ForumSeat seat = keeperSeat(who);
        Review review = reviews.find(seat.localAuthorityId(), reviewId).orElseThrow(NotFound::new);
        FormErrors errors = new FormErrors();
        if (answer.isBlank()) {
            errors.add("answer", "localoffer.answer.error.required");
        } else if (answer.length() > MAX_TEXT) {
            errors.add("answer", "text.tooLong", MAX_TEXT);
        }
        if (!pageChanged.isEmpty() && !pageChanged.equals("yes") && !pageChanged.equals("no")) {
            errors.add("pageChanged", "localoffer.answer.error.pageChanged");
        }
        if (errors.any()) {
            return answerPage(seat, review, answer, pageChanged, errors, null, model);
        }
        Boolean changed = pageChanged.isEmpty() ? null : pageChanged.equals("yes");
        if (reviews.answer(who, seat, reviewId, answer, changed) instanceof AlreadyAnswered already) {
            return answerPage(seat, review, answer, pageChanged,
                    new FormErrors().add("answer", "localoffer.answer.error.already", already.byName()), already, model);
        }
        redirect.addFlashAttribute("done", "localoffer.answer.saved");
        return "redirect:/forum/local-offer/reviews";
    }

    private String answerPage(ForumSeat seat, Review review, String answer, String pageChanged, FormErrors errors, AlreadyAnswered already,
            Model model) {
        model.addAttribute("laId", seat.localAuthorityId());
        model.addAttribute("review", review);
        model.addAttribute("answer", answer);
        model.addAttribute("pageChanged", pageChanged);
        model.addAttribute("errors", errors);
        model.addAttribute("already", already);
        model.addAttribute("criteria", CRITERIA);
        return "strategic/local-offer-answer";
    }

    @GetMapping("/forum/local-offer/import")
    String showImport(@AuthenticationPrincipal SignedInPerson who, Model model) {
        ForumSeat seat = keeperSeat(who);
        return importPage(seat, new FormErrors(), null, model);
    }

    @PostMapping("/forum/local-offer/import")
    String submitImport(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal SignedInPerson who, Model model,
            RedirectAttributes redirect) throws IOException {
        ForumSeat seat = keeperSeat(who);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        FormErrors errors = new FormErrors();
        if (content.length == 0) {
            errors.add("file", "localoffer.import.error.empty");
        } else if (content.length > LocalOfferDirectory.MAX_FILE_BYTES) {
            errors.add("file", "localoffer.import.error.tooLarge", LocalOfferDirectory.MAX_FILE_BYTES / (1024 * 1024));
        }
        if (errors.any()) {
            return importPage(seat, errors, null, model);
        }
        Imported imported = directory.importFile(seat.localAuthorityId(), content);
        if (imported instanceof NotOruk) {
            return importPage(seat, errors.add("file", "localoffer.import.error.notOruk"), null, model);
        }
        if (imported instanceof Refused refused) {
            return importPage(seat, errors.add("file", "localoffer.import.error.refused", refused.failed().size()), refused, model);
        }
        Saved saved = (Saved) imported;
        redirect.addFlashAttribute("done", "localoffer.import.saved");
        redirect.addFlashAttribute("doneArg", saved.added() + saved.updated());
        return "redirect:/area/" + seat.localAuthorityId() + "/local-offer";
    }

    private String importPage(ForumSeat seat, FormErrors errors, Refused refused, Model model) {
        model.addAttribute("laId", seat.localAuthorityId());
        model.addAttribute("count", directory.count(seat.localAuthorityId()));
        model.addAttribute("errors", errors);
        model.addAttribute("refused", refused);
        model.addAttribute("maxMegabytes", LocalOfferDirectory.MAX_FILE_BYTES / (1024 * 1024));
        return "strategic/local-offer-import";
    }
}
