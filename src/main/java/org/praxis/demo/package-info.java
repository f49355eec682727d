/** The fictional "Northbridge City Council": a deterministic demo organisation loaded on first start. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo council",
        allowedDependencies = {
            "actions",
            "audit",
            "commandline",
            "complaints",
            "documents",
            "governance",
            "identity",
            "learning",
            "organisation",
            "practiceweek",
            "register",
            "standards",
            "surveys",
            "training",
            "web",
            "workforce"
        })
package org.praxis.demo;
