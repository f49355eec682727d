package org.praxis.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@code #rows} and {@code #cells}, the factories of {@link SummaryRow} and {@link Cell}, so that a
 * page whose rows are its own record's fields builds them where it shows them:
 * {@code summaryList(rows=${ {#rows.of('Owner', owner), #rows.cells('Standards', {#cells.link('CS1', '/standards/1')})} })}.
 */
@Component
class SummaryRowsDialect extends AbstractDialect implements IExpressionObjectDialect {

    SummaryRowsDialect() {
        super("summaryRows");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("rows", "cells");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                // SpEL calls a class's static methods through the class itself, as it does for T(...).
                return name.equals("rows") ? SummaryRow.class : Cell.class;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
