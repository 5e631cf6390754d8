/** Small shared plumbing every module may use: clock, database start-up, page layout and form errors. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.coplan.shared;
