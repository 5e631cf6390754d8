/**
 * The statutory deadline engine in plain Java: every rule in ehc-process.md section 10
 * (D1 to D35), the England and Wales working-day calendar, and the settings for points the
 * law leaves unclear. No Spring and no web types.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.coplan.process.domain;
