package dev.retort.lint.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A call's arguments bound to parameter names the way Python binds them: positionals in order,
 * then keywords; positionals beyond the named parameters are {@code rest} (create_table's
 * columns). A {@code *args} or {@code **kwargs} argument hides which parameter gets what: dynamic.
 */
public record PyArgs(Map<String, PyExpr> named, List<PyExpr> rest) {

    public static PyArgs bind(PyExpr.Call call, String... params) {
        Map<String, PyExpr> named = new HashMap<>();
        List<PyExpr> rest = new ArrayList<>();
        int i = 0;
        for (PyExpr.Arg a : call.args()) {
            if (a.star()) {
                throw new PyValues.Dynamic("its arguments are unpacked with * or **", a.value());
            }
            if (a.keyword() != null) {
                named.put(a.keyword(), a.value());
            } else if (i < params.length) {
                named.put(params[i++], a.value());
            } else {
                rest.add(a.value());
            }
        }
        return new PyArgs(named, rest);
    }

    public PyExpr get(String name) {
        return named.get(name);
    }

    public boolean has(String name) {
        return named.containsKey(name);
    }

    /** A required argument; its absence is as unknowable to lint as Python's TypeError would be. */
    public PyExpr required(String name, PyExpr.Call call) {
        PyExpr e = named.get(name);
        if (e == null) {
            throw new PyValues.Dynamic("it has no " + name + " argument", call);
        }
        return e;
    }
}
