/**
 * Rules about plans in plain Java, with no Spring or web types: the plain-language check, the
 * glossary of words families meet in plans, and the finder for vague provision wording.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.coplan.plans.domain;
