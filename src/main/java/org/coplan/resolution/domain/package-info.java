/** The rules of a disagreement: what the law offers for its subject, who may move it, and its dates. No Spring, no web. */
@org.springframework.modulith.NamedInterface("domain")
package org.coplan.resolution.domain;
