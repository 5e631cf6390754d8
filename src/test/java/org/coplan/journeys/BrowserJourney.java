package org.coplan.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The base of every browser journey: the whole application on a real port, driven by Debian's
 * headless Chromium through Playwright, with an axe-core scan (WCAG 2.2 A and AA) of each page as it
 * loads. One browser for the whole run keeps the start-up cost low; each test gets fresh browser
 * contexts, so no cookies leak between tests.
 *
 * <p>Every page the browser lands on is recorded. A journey calls {@link #assertAccessible()} after
 * each page load (so error messages and banners are scanned in the state people see them), and the
 * test fails if any page it visited was never scanned. When a test fails, a screenshot of each open
 * page is written to {@code target/journeys/}.
 */
@ExtendWith({BrowserJourney.OneBrowserPerRun.class, BrowserJourney.ScreenshotOnFailure.class})
@Timeout(value = 3, unit = TimeUnit.MINUTES)
public abstract class BrowserJourney extends IntegrationTest {

    /** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** WCAG 1.4.10 Reflow: content fits 320 CSS pixels wide without scrolling sideways. */
    static final int PHONE_WIDTH = 320;

    private static final Path SCREENSHOTS = Paths.get("target", "journeys");
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    /** The run's one browser (see {@link OneBrowserPerRun}). */
    private static Browser browser;

    /** A page the browser landed on, and whether it was scanned in that state. */
    private static final class Visit {
        final Page page;
        final String url;
        boolean scanned;

        Visit(Page page, String url) {
            this.page = page;
            this.url = url;
        }
    }

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<BrowserContext> withoutJavaScript = new ArrayList<>();
    private Page scanner;
    private final List<Visit> visits = new ArrayList<>();
    /** Who is signed in on each page, so they can sign in again when the clock moves on. */
    private final Map<Page, SignedIn> signedIn = new java.util.IdentityHashMap<>();
    private String testName = "journey";

    /** The page the journey is on, in the browser context the test started with. */
    protected Page page;

    /**
     * Starts Playwright and Chromium once for the whole test run, in JUnit's root store, which
     * closes them when the run ends. Starting a browser per journey class cost seconds each time and
     * proved nothing more: every test still gets browser contexts of its own.
     */
    static final class OneBrowserPerRun implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(OneBrowserPerRun.class));
            Chromium chromium = store.computeIfAbsent(Chromium.class, type -> new Chromium(), Chromium.class);
            if (!chromium.browser.isConnected()) {
                store.remove(Chromium.class, Chromium.class).close();
                chromium = store.computeIfAbsent(Chromium.class, type -> new Chromium(), Chromium.class);
            }
            browser = chromium.browser;
        }
    }

    /** Debian's headless Chromium, driven by Playwright. */
    static final class Chromium implements AutoCloseable {
        final Playwright playwright;
        final Browser browser;

        Chromium() {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            // Generous, for a busy two-core build machine; a passing step takes far less.
            PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        }

        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }

    @BeforeEach
    void openBrowserContext(TestInfo info) {
        testName = getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("test");
        page = newPage();
    }

    @AfterEach
    void closeBrowserContextsAndCheckEveryPageWasScanned() {
        List<String> unscanned = unscannedPages();
        writeListOfPages();
        for (BrowserContext context : contexts) {
            context.close();
        }
        contexts.clear();
        withoutJavaScript.clear();
        scanner = null;
        visits.clear();
        assertThat(unscanned)
                .as("every page a journey visits is scanned for accessibility; these were not")
                .isEmpty();
    }

    /** The addresses of pages this test has landed on but not scanned in the state it landed on them. */
    protected List<String> unscannedPages() {
        return visits.stream().filter(v -> !v.scanned).map(v -> v.url).toList();
    }

    /** A page in a new browser context: another person, on another device, with no cookies. */
    protected Page newPage() {
        return newPage(new Browser.NewContextOptions());
    }

    /** A page in a new browser context, with options such as JavaScript switched off. */
    protected Page newPage(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setBaseURL(baseUrl()));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        if (Boolean.FALSE.equals(options.javaScriptEnabled)) {
            withoutJavaScript.add(context);
        }
        Page p = context.newPage();
        p.onFrameNavigated(frame -> {
            if (frame == p.mainFrame() && !frame.url().startsWith("about:") && !sameDocument(p, frame.url())) {
                visits.add(new Visit(p, frame.url()));
            }
        });
        return p;
    }

    /** A new page in a browser context with JavaScript switched off, as some people browse. */
    protected Page newPageWithoutJavaScript() {
        return newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
    }

    /** A new page the width of a small phone (or a 1280 pixel screen zoomed to 400%). */
    protected Page newPhonePage(Browser.NewContextOptions options) {
        return newPage(options.setViewportSize(PHONE_WIDTH, 640));
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Goes to a path on the service, then scans the page. */
    protected void visit(String path) {
        page.navigate(path);
        assertAccessible();
    }

    /**
     * Clicks a link or button that leads to another page (or the same form shown again), waits for
     * that page to load, then scans it.
     */
    protected void go(Locator target) {
        Page p = target.page();
        int before = visitCount(p);
        target.click();
        p.waitForCondition(() -> visitCount(p) > before);
        assertAccessible(p);
    }

    private int visitCount(Page p) {
        return (int) visits.stream().filter(v -> v.page == p).count();
    }

    /**
     * The test's clock has moved on by days. A sign-in ends 12 hours after it began, so everyone
     * whose sign-in has ended signs in again, as they would on a new day, and goes back to the page
     * they were on.
     */
    protected void aNewDay() {
        for (Map.Entry<Page, SignedIn> person : List.copyOf(signedIn.entrySet())) {
            Page p = person.getKey();
            if (p.isClosed() || !clock.instant().isAfter(person.getValue().at().plus(java.time.Duration.ofHours(12)))) {
                continue;
            }
            String wasOn = p.url();
            signInAgain(p, person.getValue());
            p.navigate(wasOn);
            assertAccessible(p);
        }
    }

    /**
     * Signs in again through the same pages as {@link #signIn(Page, String, String)}. They were
     * scanned when this person first signed in, so only the page they go back to is scanned again.
     */
    private void signInAgain(Page p, SignedIn person) {
        int from = visits.size();
        p.navigate("/sign-in");
        p.getByLabel("Email address").fill(person.email());
        p.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(person.password());
        clickAndWait(button(p, "Sign in"));
        if ("/sign-in/code".equals(pathOf(p))) {
            p.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                    .fill(fixtures.secondFactorCode(person.email()).orElseThrow());
            clickAndWait(button(p, "Continue"));
        }
        assertThat(pathOf(p)).as("where signing in again leads").isEqualTo("/");
        for (int i = from; i < visits.size(); i++) {
            if (visits.get(i).page == p) {
                visits.get(i).scanned = true;
            }
        }
        signedIn.put(p, new SignedIn(person.email(), person.password(), clock.instant()));
    }

    private void clickAndWait(Locator target) {
        Page p = target.page();
        int before = visitCount(p);
        target.click();
        p.waitForCondition(() -> visitCount(p) > before);
        p.waitForLoadState();
    }

    private record SignedIn(String email, String password, java.time.Instant at) {}

    /** Signs in through the sign-in page, as a person would, and scans the pages on the way. */
    protected void signIn(String email, String password) {
        signIn(page, email, password);
    }

    protected void signIn(Page p, String email, String password) {
        signedIn.put(p, new SignedIn(email, password, clock.instant()));
        p.navigate("/sign-in");
        assertAccessible(p);
        p.getByLabel("Email address").fill(email);
        p.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        go(button(p, "Sign in"));
        if ("/sign-in/code".equals(pathOf(p))) {
            p.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(fixtures.secondFactorCode(email).orElseThrow());
            go(button(p, "Continue"));
        }
        assertThat(pathOf(p)).as("where signing in leads").isEqualTo("/");
    }

    protected static Locator button(Page p, String name) {
        return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected static Locator link(Page p, String name) {
        return p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * A pattern matching exactly this text. (Playwright hands patterns to the browser as JavaScript
     * regular expressions, which do not understand Java's {@code Pattern.quote}.)
     */
    protected static Pattern exactly(String text) {
        return Pattern.compile("^" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "$");
    }

    protected static Locator errorLink(Page p, String message) {
        return p.locator(".govuk-error-summary__list").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(message).setExact(true));
    }

    /**
     * The error summary lists exactly these problems (field id, message pairs), each linking to its
     * field, and each field shows its own message.
     */
    protected static void assertErrors(Page p, String... fieldsAndMessages) {
        Locator summary = p.locator(".govuk-error-summary");
        PlaywrightAssertions.assertThat(summary.locator(".govuk-error-summary__title")).hasText("There is a problem");
        Locator links = summary.locator(".govuk-error-summary__list a");
        PlaywrightAssertions.assertThat(links).hasCount(fieldsAndMessages.length / 2);
        for (int i = 0; i < fieldsAndMessages.length; i += 2) {
            String field = fieldsAndMessages[i];
            String message = fieldsAndMessages[i + 1];
            PlaywrightAssertions.assertThat(links.nth(i / 2)).hasText(message);
            PlaywrightAssertions.assertThat(links.nth(i / 2)).hasAttribute("href", "#" + field);
            // The link leads to the field itself, so following it puts the keyboard focus there.
            PlaywrightAssertions.assertThat(p.locator(String.join(", ", "input#" + field, "textarea#" + field, "select#" + field)))
                    .hasCount(1);
            PlaywrightAssertions.assertThat(p.locator("#" + field + "-error")).hasText("Error: " + message);
        }
    }

    /** The path of the page, without the host: what a test compares URLs against. */
    protected static String pathOf(Page p) {
        return URI.create(p.url()).getRawPath();
    }

    protected void assertAccessible() {
        assertAccessible(page);
    }

    /**
     * Scans the page as it is now against WCAG 2.2 A and AA, and fails listing each violation with the
     * elements it was found on.
     */
    protected void assertAccessible(Page p) {
        p.waitForLoadState();
        Page scanned = withoutJavaScript.contains(p.context()) ? asSeenWithoutJavaScript(p) : p;
        AxeResults results = scan(scanned);
        assertThat(results.isErrored()).as("axe could not scan %s: %s", p.url(), results.getErrorMessage()).isFalse();
        assertThat(results.getViolations())
                .as("accessibility violations on %s (page title \"%s\"):%n%s", p.url(), p.title(),
                        describe(results.getViolations()))
                .isEmpty();
        assertNoSidewaysScrolling(p);
        markScanned(p);
    }

    /**
     * axe-core's scan of the page against WCAG 2.2 A and AA. It runs axe in the page itself ("legacy
     * mode"), with the same rules and the same violations: the library's default runs axe once per
     * frame and then opens a new browser context and page to put the frames' results together, which
     * on a page without frames (Coplan's pages have none) only costs a second page and two more
     * copies of axe. Passing checks are counted but their elements are not listed, since a journey
     * only reads the violations.
     */
    static AxeResults scan(Page p) {
        assertThat(p.frames()).as("%s has frames: scan them with the library's default mode, not this one", p.url()).hasSize(1);
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder(p).options(options).withTags(WCAG_22_AA).setLegacyMode(true).analyze();
    }

    /**
     * Fails if the page is wider than the browser window, so people would have to scroll sideways to
     * read it (WCAG 1.4.10 Reflow, at 320 pixels wide), naming the elements that stick out.
     */
    protected static void assertNoSidewaysScrolling(Page p) {
        int window = p.viewportSize().width;
        int scrollWidth = ((Number) p.evaluate("() => document.documentElement.scrollWidth")).intValue();
        if (scrollWidth > window) {
            Object sticking = p.evaluate(STICKING_OUT, window);
            assertThat(scrollWidth)
                    .as("%s is %d pixels wide in a %d pixel window, so it scrolls sideways. Sticking out: %s",
                            p.url(), scrollWidth, window, sticking)
                    .isLessThanOrEqualTo(window);
        }
    }

    /** The innermost elements whose right edge is beyond the window, briefly described. */
    private static final String STICKING_OUT = """
            width => {
              const out = [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > width + 0.5);
              return out.filter(e => !out.some(o => o !== e && e.contains(o))).slice(0, 5)
                .map(e => '<' + e.tagName.toLowerCase() + (e.className ? ' class="' + e.className + '"' : '') + '> '
                  + (e.textContent || '').trim().slice(0, 60));
            }""";

    /**
     * axe needs JavaScript to run, and in a page with JavaScript switched off its scan never finishes.
     * So the page's document, exactly as the server sent it and the browser parsed it, is shown again
     * at the same address in a page of its own with every script taken out (so nothing can change it,
     * as in the page without JavaScript), and that page is scanned.
     */
    private Page asSeenWithoutJavaScript(Page p) {
        String html = p.content().replaceAll("(?is)<script\\b[^>]*>.*?</script>", "");
        if (scanner == null) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setBaseURL(baseUrl())
                    .setViewportSize(p.viewportSize().width, p.viewportSize().height));
            contexts.add(context);
            scanner = context.newPage();
        }
        String url = p.url();
        scanner.route(url, route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType("text/html; charset=utf-8").setBody(html)));
        try {
            scanner.navigate(url);
        } finally {
            scanner.unrouteAll();
        }
        assertThat(scanner.locator("body").getAttribute("class")).doesNotContain("js-enabled");
        return scanner;
    }

    private void markScanned(Page p) {
        Visit last = lastVisit(p);
        if (last != null && withoutFragment(last.url).equals(withoutFragment(p.url()))) {
            last.scanned = true;
        }
    }

    private Visit lastVisit(Page p) {
        for (int i = visits.size() - 1; i >= 0; i--) {
            if (visits.get(i).page == p) {
                return visits.get(i);
            }
        }
        return null;
    }

    /**
     * Whether a navigation only moved to another fragment of the page already shown (following an
     * error summary link, say): the same document, so not a new page to scan. Reloading the same
     * address (a form shown again with its errors) is a new page.
     */
    private boolean sameDocument(Page p, String url) {
        Visit last = lastVisit(p);
        return last != null && !last.url.equals(url) && withoutFragment(last.url).equals(withoutFragment(url));
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "  - " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl()
                        + rule.getNodes().stream().map(BrowserJourney::describe).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "\n      at " + node.getTarget() + ": " + node.getHtml()
                + (node.getFailureSummary() == null ? "" : "\n        " + node.getFailureSummary().replace("\n", "\n        "));
    }

    /** Lists the pages this test landed on, each marked with whether it was scanned, in target/journeys. */
    private void writeListOfPages() {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(testName + "-pages.txt"),
                    visits.stream().map(v -> (v.scanned ? "scanned      " : "NOT SCANNED  ") + v.url).toList());
        } catch (IOException e) {
            // Only a record for people reading the build's output; the test's result does not depend on it.
        }
    }

    /** Writes a screenshot of every page the test had open, named for the test. */
    void screenshotOpenPages() {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            return;
        }
        Map<Page, Integer> seen = new LinkedHashMap<>();
        for (BrowserContext context : contexts) {
            for (Page p : context.pages()) {
                seen.putIfAbsent(p, seen.size() + 1);
            }
        }
        seen.forEach((p, n) -> {
            try {
                p.screenshot(new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve(testName + "-" + n + ".png"))
                        .setFullPage(true));
            } catch (RuntimeException ignored) {
                // A page that has crashed cannot be photographed; the test's own failure says more.
            }
        });
    }

    /** Takes the screenshots when the test method fails, before its browser contexts are closed. */
    static final class ScreenshotOnFailure implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
            if (context.getRequiredTestInstance() instanceof BrowserJourney journey) {
                journey.screenshotOpenPages();
            }
            throw throwable;
        }
    }
}
