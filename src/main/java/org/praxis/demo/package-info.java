/** The fictional "Northbridge City Council": a deterministic demo organisation loaded on first start. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo council")
package org.praxis.demo;
