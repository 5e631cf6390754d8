package org.coplan.shared.web;

import java.util.function.UnaryOperator;

/**
 * What a link to a static file becomes in a page: Coplan's own files ({@code /coplan/...}) get the
 * hash of their content in the name, GOV.UK Frontend's ({@code /govuk/...}) its version in the path.
 * Every other link is returned as it is, without looking anything up: finding out whether
 * {@code /cases/...} is a file would search the classpath (and, in the packaged jar, every nested
 * jar) for each link on every page.
 */
public final class StaticLinks {

    static final String COPLAN = "/coplan/";
    static final String GOVUK = "/govuk/";

    private final UnaryOperator<String> coplanFiles;
    private final String govukVersioned;

    /**
     * @param coplanFiles the versioned path of a path under /coplan/, or null if there is no such file
     * @param govukFrontendVersion the version of GOV.UK Frontend served
     */
    public StaticLinks(UnaryOperator<String> coplanFiles, String govukFrontendVersion) {
        this.coplanFiles = coplanFiles;
        this.govukVersioned = GOVUK + govukFrontendVersion + "/";
    }

    /** The link a page shows for {@code url}, which includes the application's context path. */
    public String rewrite(String contextPath, String url) {
        if (!url.startsWith(contextPath)) {
            return url;
        }
        String path = url.substring(contextPath.length());
        if (path.startsWith(COPLAN)) {
            int end = endOfPath(path);
            String versioned = coplanFiles.apply(path.substring(0, end));
            return versioned == null ? url : contextPath + versioned + path.substring(end);
        }
        if (path.startsWith(GOVUK) && !path.startsWith(govukVersioned)) {
            return contextPath + govukVersioned + path.substring(GOVUK.length());
        }
        return url;
    }

    private static int endOfPath(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '?' || c == '#' || c == ';') {
                return i;
            }
        }
        return path.length();
    }
}
