/**
 * Statutory deadlines: every rule in ehc-process.md section 10 (D1 to D35), the England and
 * Wales working-day calendar, the settings for points the law leaves unclear, and the day a
 * person is told to act by. Plain Java that depends on no other Coplan module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines", allowedDependencies = {})
package org.coplan.deadlines;
