package org.coplan.shared.web;

import java.time.ZoneId;
import org.coplan.shared.ClockConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header and footer need. */
@ControllerAdvice
public class LayoutAttributes {

    private final String serviceName;
    private final String operatorName;
    private final String supportEmail;
    private final String sourceUrl;

    public LayoutAttributes(
            @Value("${coplan.service-name}") String serviceName,
            @Value("${coplan.operator-name}") String operatorName,
            @Value("${coplan.support-email}") String supportEmail,
            @Value("${coplan.source-url}") String sourceUrl) {
        this.serviceName = serviceName;
        this.operatorName = operatorName;
        this.supportEmail = supportEmail;
        this.sourceUrl = sourceUrl == null || sourceUrl.isBlank() ? SOURCE_CODE_PAGE : sourceUrl.strip();
    }

    /** Where the footer's "Source code" link goes when no public repository is set. */
    public static final String SOURCE_CODE_PAGE = "/help/source-code";

    @ModelAttribute("serviceName")
    public String serviceName() {
        return serviceName;
    }

    @ModelAttribute("operatorName")
    public String operatorName() {
        return operatorName;
    }

    @ModelAttribute("supportEmail")
    public String supportEmail() {
        return supportEmail;
    }

    /**
     * Where the source code of the running service can be had: the footer links to it on every
     * page, as the GNU AGPL (section 13) asks of a service used over a network.
     */
    @ModelAttribute("sourceUrl")
    public String sourceUrl() {
        return sourceUrl;
    }

    /** Times are shown in UK time whatever the server's own zone. */
    @ModelAttribute("zone")
    public ZoneId zone() {
        return ClockConfiguration.ZONE;
    }

    @ModelAttribute("signedIn")
    public boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal());
    }
}
