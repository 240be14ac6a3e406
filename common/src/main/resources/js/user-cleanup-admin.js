/*
 * User Cleanup admin pages: the identity provider configuration and Scheduling and Cleanup
 * (cleanups, runs, History, Show users, Export data). Everything goes through the app's REST
 * API; the server renders only the page skeleton and hands over the strings (data-i18n).
 * Text from the server is always set as text, never as HTML: elements are built with
 * createElement and textContent, messages through the text-only message() helper (which hands
 * AUI only markup the browser serialised from a text node), and link targets from encoded parts.
 * Nothing here assigns innerHTML or hands data to jQuery.
 */
(function () {
    'use strict';

    function start() {
        var page = document.querySelector('.user-cleanup-page');
        if (!page) {
            return;
        }
        var REST = page.getAttribute('data-rest-base');
        var STRINGS = JSON.parse(page.getAttribute('data-i18n') || '{}');

        /** The string for the key with {0}, {1}... filled in. */
        function t(key) {
            var args = Array.prototype.slice.call(arguments, 1);
            var text = Object.prototype.hasOwnProperty.call(STRINGS, key) ? STRINGS[key] : key;
            return text.replace(/\{(\d+)\}/g, function (match, index) {
                return args[index] === undefined ? match : String(args[index]);
            });
        }

        /** A REST call; resolves with the parsed body, rejects with {status, errors}. */
        function api(method, path, body) {
            var options = {
                method: method,
                credentials: 'same-origin',
                headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
            };
            if (body !== undefined) {
                options.headers['Content-Type'] = 'application/json';
                options.body = JSON.stringify(body);
            }
            return fetch(REST + path, options).then(function (response) {
                if (response.status === 204) {
                    return null;
                }
                return response.text().then(function (text) {
                    var json = null;
                    try {
                        json = text ? JSON.parse(text) : null;
                    } catch (e) {
                        json = null;
                    }
                    if (!response.ok) {
                        throw {status: response.status, errors: (json && json.errors) || [{message: response.statusText}]};
                    }
                    return json;
                });
            });
        }

        function el(tag, attributes, children) {
            var node = document.createElement(tag);
            Object.keys(attributes || {}).forEach(function (name) {
                if (name === 'text') {
                    node.textContent = attributes[name];
                } else if (name === 'className') {
                    node.className = attributes[name];
                } else {
                    node.setAttribute(name, attributes[name]);
                }
            });
            (children || []).forEach(function (child) {
                if (child !== null && child !== undefined) {
                    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
                }
            });
            return node;
        }

        function button(label, onClick, extraClass) {
            var node = el('button', {type: 'button', className: 'aui-button' + (extraClass ? ' ' + extraClass : ''), text: label});
            node.addEventListener('click', onClick);
            return node;
        }

        function table(headers, rows) {
            return el('table', {className: 'aui aui-table-list'}, [
                el('thead', {}, [el('tr', {}, headers.map(function (h) { return el('th', {scope: 'col', text: h}); }))]),
                el('tbody', {}, rows)
            ]);
        }

        /**
         * Shows the text in an AUI flag, as text. AJS.flag (AUI 10) parses its body as HTML and
         * drops anything but a string, so the body is a paragraph the browser itself serialised
         * from a text node: whatever the text holds, it comes back out of the parser as that text.
         */
        function message(type, text) {
            if (!(window.AJS && AJS.flag)) {
                return;
            }
            var paragraph = document.createElement('p');
            paragraph.textContent = String(text);
            AJS.flag({type: type, body: paragraph.outerHTML, close: 'auto'});
        }

        /** A path segment of a REST URL: every character but unreserved ones percent-encoded. */
        function segment(value) {
            return encodeURIComponent(String(value));
        }

        /** The error slot of a form field, or null; the field name is matched as a value, never as selector syntax. */
        function errorSlot(form, field) {
            return Array.prototype.filter.call(form.querySelectorAll('.error[data-field]'), function (slot) {
                return slot.getAttribute('data-field') === field;
            })[0] || null;
        }

        function errorText(error) {
            if (error && error.errors) {
                return error.errors.map(function (e) { return e.message; }).join(' ');
            }
            return String(error);
        }

        function formatInstant(value) {
            return value ? new Date(value).toLocaleString() : t('user-cleanup.common.never');
        }

        // ----------------------------------------------------------------------------------- dialogs

        function dialog(id) {
            return AJS.dialog2('#' + id);
        }

        /** Shows the dialog and moves the focus into it, so it works from the keyboard alone. */
        function openDialog(id, focusSelector) {
            dialog(id).show();
            var section = document.getElementById(id);
            var target = section.querySelector(focusSelector || 'input, select, textarea, button, a[href]');
            if (target) {
                setTimeout(function () { target.focus(); }, 50);
            }
        }

        document.querySelectorAll('.aui-dialog2 .user-cleanup-close').forEach(function (close) {
            close.addEventListener('click', function () {
                dialog(close.closest('.aui-dialog2').id).hide();
            });
        });

        var confirmAction = null;
        function confirm(title, text, onYes) {
            document.getElementById('confirm-dialog-title').textContent = title;
            document.getElementById('confirm-dialog-text').textContent = text;
            var error = document.getElementById('confirm-dialog-error');
            error.hidden = true;
            confirmAction = onYes;
            openDialog('confirm-dialog', '#confirm-yes');
        }
        var yes = document.getElementById('confirm-yes');
        if (yes) {
            yes.addEventListener('click', function () {
                confirmAction().then(function () {
                    dialog('confirm-dialog').hide();
                }, function (e) {
                    var error = document.getElementById('confirm-dialog-error');
                    error.textContent = errorText(e);
                    error.hidden = false;
                });
            });
        }

        /** Shows a 400's field errors next to their fields, and the rest at the top of the form. */
        function showErrors(form, error) {
            clearErrors(form);
            var general = [];
            (error.errors || []).forEach(function (e) {
                var slot = e.field ? errorSlot(form, e.field) : null;
                if (slot) {
                    slot.textContent = e.message;
                    var group = slot.closest('.field-group, fieldset');
                    var input = group && group.querySelector('input, select, textarea');
                    if (input) {
                        input.setAttribute('aria-invalid', 'true');
                    }
                } else {
                    general.push(e.message);
                }
            });
            var top = form.querySelector('.user-cleanup-form-error');
            top.textContent = general.length ? general.join(' ') : t('user-cleanup.common.fix-errors');
            top.hidden = false;
            var first = form.querySelector('[aria-invalid="true"]');
            if (first) {
                first.focus();
            }
        }

        function clearErrors(form) {
            form.querySelectorAll('.error').forEach(function (slot) { slot.textContent = ''; });
            form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
            form.querySelector('.user-cleanup-form-error').hidden = true;
        }

        // ------------------------------------------------------------------------------ form helpers

        function selectedValues(select) {
            return Array.prototype.filter.call(select.options, function (o) { return o.selected; })
                .map(function (o) { return o.value; });
        }

        /**
         * Fills a group picker: the selected groups first (all of them, whether the last search
         * found them or not, so that saving never drops one), then the found ones not selected.
         */
        function fillGroupSelect(select, found, selected) {
            var kept = {};
            (selected || []).forEach(function (group) { kept[group.toLowerCase()] = group; });
            select.textContent = '';
            Object.keys(kept).sort().forEach(function (key) {
                var option = el('option', {value: kept[key], text: kept[key]});
                option.selected = true;
                select.appendChild(option);
            });
            found.forEach(function (group) {
                if (!Object.prototype.hasOwnProperty.call(kept, group.toLowerCase())) {
                    select.appendChild(el('option', {value: group, text: group}));
                }
            });
        }

        var GROUP_PAGE = 100;

        /** The first page of the groups whose names start with the text. */
        function searchGroups(text) {
            return api('GET', '/groups?query=' + encodeURIComponent(text) + '&limit=' + GROUP_PAGE);
        }

        /** Shows, next to a search box, whether more groups match than the pickers list. */
        function showMore(filter, answer) {
            var hint = document.getElementById(filter.getAttribute('aria-describedby'));
            if (hint) {
                hint.textContent = answer.more ? t('user-cleanup.common.filter.more', answer.groups.length) : '';
            }
        }

        /**
         * A search box asks the server for the groups starting with what is typed, a moment after
         * the typing stops, and fills its pickers with them, keeping what is selected. An answer
         * that arrives after a newer search was started is dropped.
         */
        document.querySelectorAll('input[data-filters]').forEach(function (filter) {
            var timer = null;
            var latest = 0;
            filter.addEventListener('input', function () {
                clearTimeout(timer);
                timer = setTimeout(function () {
                    var asked = ++latest;
                    searchGroups(filter.value.trim()).then(function (answer) {
                        if (asked !== latest) {
                            return;
                        }
                        filter.getAttribute('data-filters').split(' ').forEach(function (id) {
                            var select = document.getElementById(id);
                            fillGroupSelect(select, answer.groups, selectedValues(select));
                        });
                        showMore(filter, answer);
                    }, function (e) {
                        if (asked === latest) {
                            message('error', errorText(e));
                        }
                    });
                }, 300);
            });
        });

        /** Empties a form's search boxes and shows the first page of groups in its pickers. */
        function resetGroupSearch(form) {
            form.querySelectorAll('input[data-filters]').forEach(function (filter) {
                filter.value = '';
                showMore(filter, directoryInfo.groupPage);
            });
        }

        function radioValue(form, name) {
            var checked = form.querySelector('input[name="' + name + '"]:checked');
            return checked ? checked.value : null;
        }

        function setRadio(form, name, value) {
            form.querySelectorAll('input[name="' + name + '"]').forEach(function (r) { r.checked = r.value === value; });
        }

        var directoryInfo = {directories: [], groups: [], groupPage: {groups: [], more: false}, applications: []};
        function loadDirectory() {
            return Promise.all([api('GET', '/directories'), searchGroups(''), api('GET', '/applications')])
                .then(function (answers) {
                    directoryInfo = {directories: answers[0], groups: answers[1].groups, groupPage: answers[1],
                        applications: answers[2]};
                    return directoryInfo;
                });
        }

        // ================================================================== identity provider page

        function configPage() {
            var form = document.getElementById('idp-form');
            var editing = null;

            function render(idps) {
                var list = document.getElementById('idp-list');
                list.textContent = '';
                if (!idps.length) {
                    list.appendChild(el('p', {text: t('user-cleanup.config.empty')}));
                    return;
                }
                var names = {};
                directoryInfo.directories.forEach(function (d) { names[d.id] = d.name; });
                list.appendChild(table([t('user-cleanup.common.name'), t('user-cleanup.config.column.type'),
                    t('user-cleanup.config.column.provisioning'), t('user-cleanup.config.column.directories'),
                    t('user-cleanup.config.column.groups'), t('user-cleanup.config.column.identifier'),
                    t('user-cleanup.config.column.template'), t('user-cleanup.common.actions')], idps.map(function (idp) {
                    return el('tr', {'data-idp': idp.name}, [
                        el('td', {text: idp.name}),
                        el('td', {text: t('user-cleanup.config.type.' + idp.type)}),
                        el('td', {}, [el('span', {
                            className: 'aui-lozenge ' + (idp.provisioningEnabled ? 'aui-lozenge-success' : ''),
                            text: idp.provisioningEnabled ? t('user-cleanup.config.on') : t('user-cleanup.config.off')})]),
                        el('td', {text: idp.directoryIds.map(function (id) { return names[id] || id; }).join(', ')}),
                        el('td', {text: idp.groups.join(', ')}),
                        el('td', {text: t('user-cleanup.config.identifier.' + idp.identifier)}),
                        el('td', {text: t('user-cleanup.config.template.' + idp.csvTemplate)}),
                        el('td', {}, [
                            button(t('user-cleanup.common.edit'), function () { open(idp); }),
                            ' ',
                            button(t('user-cleanup.common.delete'), function () { remove(idp); })
                        ])
                    ]);
                })));
            }

            function refresh() {
                return api('GET', '/idps').then(render, function (e) {
                    document.getElementById('idp-list').textContent = t('user-cleanup.common.error', errorText(e));
                });
            }

            function open(idp) {
                editing = idp;
                clearErrors(form);
                document.getElementById('idp-dialog-title').textContent =
                    t(idp ? 'user-cleanup.config.dialog.edit' : 'user-cleanup.config.dialog.create');
                form.elements.name.value = idp ? idp.name : '';
                form.elements.type.value = idp ? idp.type : 'ENTRA_ID';
                form.elements.provisioningEnabled.checked = idp ? idp.provisioningEnabled : true;
                var directories = document.getElementById('idp-directories');
                directories.textContent = '';
                directoryInfo.directories.forEach(function (d) {
                    var id = 'idp-directory-' + d.id;
                    var box = el('input', {className: 'checkbox', type: 'checkbox', id: id, value: String(d.id)});
                    box.checked = !!idp && idp.directoryIds.indexOf(d.id) >= 0;
                    directories.appendChild(el('div', {className: 'checkbox'}, [box,
                        el('label', {'for': id, text: d.name + ' (' + d.type + (d.readOnly ? ', ' + t('user-cleanup.config.readonly') : '') + ')'})]));
                });
                resetGroupSearch(form);
                fillGroupSelect(document.getElementById('idp-groups'), directoryInfo.groups, idp ? idp.groups : []);
                setRadio(form, 'identifier', idp ? idp.identifier : 'EMAIL');
                setRadio(form, 'csvTemplate', idp ? idp.csvTemplate : 'CURRENT');
                openDialog('idp-dialog', '#idp-name');
            }

            function remove(idp) {
                confirm(t('user-cleanup.config.delete.title'), t('user-cleanup.config.delete.confirm', idp.name), function () {
                    return api('DELETE', '/idps/' + idp.id).then(function () {
                        message('success', t('user-cleanup.config.deleted', idp.name));
                        return refresh();
                    });
                });
            }

            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var body = {
                    name: form.elements.name.value,
                    type: form.elements.type.value,
                    provisioningEnabled: form.elements.provisioningEnabled.checked,
                    directoryIds: Array.prototype.filter.call(document.querySelectorAll('#idp-directories input'),
                        function (b) { return b.checked; }).map(function (b) { return Number(b.value); }),
                    groups: selectedValues(document.getElementById('idp-groups')),
                    identifier: radioValue(form, 'identifier'),
                    csvTemplate: radioValue(form, 'csvTemplate')
                };
                var call = editing ? api('PUT', '/idps/' + editing.id, body) : api('POST', '/idps', body);
                call.then(function (saved) {
                    dialog('idp-dialog').hide();
                    message('success', t('user-cleanup.config.saved', saved.name));
                    refresh();
                }, function (e) {
                    showErrors(form, e);
                });
            });

            document.getElementById('idp-add').addEventListener('click', function () { open(null); });
            // The form's pickers need the directory: it can be opened once that is loaded.
            loadDirectory().then(function () {
                document.getElementById('idp-add').disabled = false;
                return refresh();
            }, function (e) {
                document.getElementById('idp-list').textContent = t('user-cleanup.common.error', errorText(e));
            });
        }

        // ========================================================== Scheduling and Cleanup page

        function cleanupsPage() {
            var form = document.getElementById('cleanup-form');
            var editing = null;
            var idps = [];
            var historyOf = null;
            var historyTimer = null;

            function targetsText(cleanup) {
                return cleanup.groups.concat(cleanup.applications.map(function (key) {
                    var app = directoryInfo.applications.filter(function (a) { return a.key === key; })[0];
                    return app ? app.name : key;
                })).join(', ');
            }

            function idpName(id) {
                var idp = idps.filter(function (i) { return i.id === id; })[0];
                return id === null ? t('user-cleanup.common.none') : (idp ? idp.name : String(id));
            }

            function render(cleanups) {
                var list = document.getElementById('cleanup-list');
                list.textContent = '';
                if (!cleanups.length) {
                    list.appendChild(el('p', {text: t('user-cleanup.cleanups.empty')}));
                    return;
                }
                list.appendChild(table([t('user-cleanup.common.name'), t('user-cleanup.cleanups.column.targets'),
                    t('user-cleanup.cleanups.column.action'), t('user-cleanup.cleanups.column.idp'),
                    t('user-cleanup.cleanups.column.schedule'), t('user-cleanup.cleanups.column.next'),
                    t('user-cleanup.cleanups.column.status'), t('user-cleanup.common.actions')], cleanups.map(function (c) {
                    return el('tr', {'data-cleanup': c.name}, [
                        el('td', {text: c.name}),
                        el('td', {text: targetsText(c)}),
                        el('td', {text: t('user-cleanup.cleanups.action.' + c.action)}),
                        el('td', {text: idpName(c.idpId)}),
                        el('td', {text: c.schedule ? c.schedule.cron + ' (' + c.schedule.timeZone + ')' : t('user-cleanup.common.none')}),
                        el('td', {text: c.nextRunAt ? formatInstant(c.nextRunAt) : '\u2014'}),
                        el('td', {}, [el('span', {className: 'aui-lozenge' + (c.enabled ? ' aui-lozenge-success' : ''),
                            text: t(c.enabled ? 'user-cleanup.cleanups.enabled' : 'user-cleanup.cleanups.disabled')})]),
                        el('td', {className: 'user-cleanup-actions'}, [
                            button(t('user-cleanup.cleanups.dry-run'), function () { run(c, true); }, 'cleanup-dry-run'),
                            button(t('user-cleanup.cleanups.run'), function () { askRun(c); }, 'cleanup-run'),
                            button(t('user-cleanup.cleanups.history'), function () { showHistory(c); }, 'cleanup-history'),
                            button(t('user-cleanup.common.edit'), function () { open(c); }),
                            button(t('user-cleanup.common.delete'), function () { remove(c); })
                        ])
                    ]);
                })));
            }

            function refresh() {
                return api('GET', '/cleanups').then(render, function (e) {
                    document.getElementById('cleanup-list').textContent = t('user-cleanup.common.error', errorText(e));
                });
            }

            function askRun(cleanup) {
                confirm(t('user-cleanup.cleanups.run.confirm.title'), t('user-cleanup.cleanups.run.confirm', cleanup.name),
                    function () { return run(cleanup, false); });
            }

            function run(cleanup, dryRun) {
                return api('POST', '/cleanups/' + cleanup.id + '/runs', {dryRun: dryRun}).then(function (started) {
                    message('info', t('user-cleanup.cleanups.run.started', started.id, cleanup.name));
                    showHistory(cleanup);
                }, function (e) {
                    message('error', errorText(e));
                    throw e;
                });
            }

            function remove(cleanup) {
                confirm(t('user-cleanup.cleanups.delete.title'), t('user-cleanup.cleanups.delete.confirm', cleanup.name), function () {
                    return api('DELETE', '/cleanups/' + cleanup.id).then(function () {
                        message('success', t('user-cleanup.cleanups.deleted', cleanup.name));
                        return refresh();
                    });
                });
            }

            // ------------------------------------------------------------------------ the form

            function fillIdps(selected) {
                var select = document.getElementById('cleanup-idp');
                select.textContent = '';
                select.appendChild(el('option', {value: '', text: t('user-cleanup.common.none')}));
                idps.forEach(function (idp) {
                    var option = el('option', {value: String(idp.id), text: idp.name});
                    option.selected = idp.id === selected;
                    select.appendChild(option);
                });
            }

            function fillApplications(selected) {
                var box = document.getElementById('cleanup-applications');
                box.textContent = '';
                directoryInfo.applications.forEach(function (app) {
                    var id = 'cleanup-application-' + app.key;
                    var input = el('input', {className: 'checkbox', type: 'checkbox', id: id, value: app.key});
                    input.checked = selected.indexOf(app.key) >= 0;
                    input.addEventListener('change', updateWarning);
                    box.appendChild(el('div', {className: 'checkbox'}, [input,
                        el('label', {'for': id, text: app.name + ' (' + app.groups.join(', ') + ')'})]));
                });
            }

            function selectedApplications() {
                return Array.prototype.filter.call(document.querySelectorAll('#cleanup-applications input'),
                    function (b) { return b.checked; }).map(function (b) { return b.value; });
            }

            /** Warns when a target group lives in a synced (Entra ID) directory and no IDP will export it. */
            function updateWarning() {
                var warning = document.getElementById('cleanup-sync-warning');
                var idpId = form.elements.idpId.value ? Number(form.elements.idpId.value) : null;
                var idp = idps.filter(function (i) { return i.id === idpId; })[0];
                var groups = selectedValues(document.getElementById('cleanup-groups'));
                selectedApplications().forEach(function (key) {
                    directoryInfo.applications.filter(function (a) { return a.key === key; })
                        .forEach(function (a) { groups = groups.concat(a.groups); });
                });
                var synced = directoryInfo.directories.filter(function (d) { return d.type === 'AZURE_AD'; });
                var message = '';
                if (idp && !idp.provisioningEnabled) {
                    message = t('user-cleanup.cleanups.warning.provisioning-off');
                } else if (!idp && synced.length && groups.length) {
                    message = t('user-cleanup.cleanups.warning.synced', synced.map(function (d) { return d.name; }).join(', '));
                }
                warning.textContent = message;
                warning.hidden = message === '';
            }

            function presetFor(cron) {
                var preset = document.getElementById('cleanup-schedule-preset');
                var match = Array.prototype.filter.call(preset.options, function (o) { return o.value === cron; })[0];
                return cron ? (match ? cron : 'custom') : '';
            }

            function applyPreset() {
                var preset = document.getElementById('cleanup-schedule-preset').value;
                var cron = document.getElementById('cleanup-cron');
                if (preset !== 'custom') {
                    cron.value = preset;
                }
                document.querySelectorAll('.user-cleanup-schedule-field').forEach(function (field) {
                    field.hidden = preset === '';
                });
                preview();
            }

            var previewTimer = null;
            function preview() {
                clearTimeout(previewTimer);
                previewTimer = setTimeout(function () {
                    var box = document.getElementById('cleanup-next-runs');
                    var cron = form.elements.cron.value.trim();
                    var slot = errorSlot(form, 'schedule.cron');
                    box.textContent = '';
                    slot.textContent = '';
                    if (!cron || document.getElementById('cleanup-schedule-preset').value === '') {
                        return;
                    }
                    api('GET', '/schedule-preview?cron=' + encodeURIComponent(cron) + '&timeZone='
                            + encodeURIComponent(form.elements.timeZone.value.trim() || 'UTC')).then(function (times) {
                        box.appendChild(el('h4', {text: t('user-cleanup.cleanups.schedule.next')}));
                        box.appendChild(times.length ? el('ul', {}, times.map(function (time) {
                            return el('li', {text: formatInstant(time)});
                        })) : el('p', {text: t('user-cleanup.cleanups.schedule.never')}));
                    }, function (e) {
                        (e.errors || []).forEach(function (error) {
                            var target = errorSlot(form, error.field || 'schedule.cron');
                            if (target) {
                                target.textContent = error.message;
                            }
                        });
                    });
                }, 250);
            }

            function open(cleanup) {
                editing = cleanup;
                clearErrors(form);
                document.getElementById('cleanup-dialog-title').textContent =
                    t(cleanup ? 'user-cleanup.cleanups.dialog.edit' : 'user-cleanup.cleanups.dialog.create');
                var c = cleanup || {name: '', groups: [], applications: [], inactiveDays: 90,
                    neverLoggedIn: {include: false, createdMoreThanDays: 30}, excludeGroups: [], excludeUsers: [],
                    action: 'REMOVE_FROM_GROUPS', idpId: idps.length ? idps[0].id : null, schedule: null, enabled: true};
                form.elements.name.value = c.name;
                resetGroupSearch(form);
                fillGroupSelect(document.getElementById('cleanup-groups'), directoryInfo.groups, c.groups);
                fillGroupSelect(document.getElementById('cleanup-exclude-groups'), directoryInfo.groups, c.excludeGroups);
                fillApplications(c.applications);
                form.elements.inactiveDays.value = c.inactiveDays;
                form.elements.neverLoggedInInclude.checked = c.neverLoggedIn.include;
                form.elements.createdMoreThanDays.value = c.neverLoggedIn.createdMoreThanDays;
                form.elements.excludeUsers.value = c.excludeUsers.join('\n');
                setRadio(form, 'action', c.action);
                fillIdps(c.idpId);
                form.elements.enabled.checked = c.enabled;
                form.elements.cron.value = c.schedule ? c.schedule.cron : '';
                form.elements.timeZone.value = c.schedule ? c.schedule.timeZone : 'UTC';
                document.getElementById('cleanup-schedule-preset').value = presetFor(c.schedule ? c.schedule.cron : '');
                applyPreset();
                updateWarning();
                openDialog('cleanup-dialog', '#cleanup-name');
            }

            function formBody() {
                var scheduled = document.getElementById('cleanup-schedule-preset').value !== '';
                var days = function (value) { return value.trim() === '' ? null : Number(value); };
                return {
                    name: form.elements.name.value,
                    enabled: form.elements.enabled.checked,
                    groups: selectedValues(document.getElementById('cleanup-groups')),
                    applications: selectedApplications(),
                    inactiveDays: days(form.elements.inactiveDays.value),
                    neverLoggedIn: {include: form.elements.neverLoggedInInclude.checked,
                        createdMoreThanDays: days(form.elements.createdMoreThanDays.value)},
                    excludeGroups: selectedValues(document.getElementById('cleanup-exclude-groups')),
                    excludeUsers: form.elements.excludeUsers.value.split('\n').map(function (u) { return u.trim(); })
                        .filter(function (u) { return u !== ''; }),
                    action: radioValue(form, 'action'),
                    idpId: form.elements.idpId.value ? Number(form.elements.idpId.value) : null,
                    schedule: scheduled ? {cron: form.elements.cron.value.trim(), timeZone: form.elements.timeZone.value.trim()} : null
                };
            }

            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var call = editing ? api('PUT', '/cleanups/' + editing.id, formBody()) : api('POST', '/cleanups', formBody());
                call.then(function (saved) {
                    dialog('cleanup-dialog').hide();
                    message('success', t('user-cleanup.cleanups.saved', saved.name));
                    refresh();
                }, function (e) {
                    showErrors(form, e);
                });
            });
            document.getElementById('cleanup-schedule-preset').addEventListener('change', applyPreset);
            form.elements.cron.addEventListener('input', function () {
                document.getElementById('cleanup-schedule-preset').value = presetFor(form.elements.cron.value.trim()) || 'custom';
                preview();
            });
            form.elements.timeZone.addEventListener('input', preview);
            form.elements.idpId.addEventListener('change', updateWarning);
            document.getElementById('cleanup-groups').addEventListener('change', updateWarning);
            document.getElementById('cleanup-add').addEventListener('click', function () { open(null); });

            // ---------------------------------------------------------------------------- History

            /** Every count of RunCounts, in the order they are told, each with its label. */
            var COUNTS = ['evaluated', 'inactive', 'excluded', 'skipped', 'removed', 'deactivated', 'exported',
                'noIdentifier', 'reported', 'failed'];

            /** The run's counts that are not zero, labelled; a running run's counts are not a result yet. */
            function countsText(run) {
                if (run.status === 'RUNNING') {
                    return t('user-cleanup.history.counts.running');
                }
                var shown = COUNTS.filter(function (name) { return run.counts[name]; }).map(function (name) {
                    return t('user-cleanup.history.count.' + name, run.counts[name]);
                });
                return shown.length ? shown.join(' \u00b7 ') : t('user-cleanup.history.counts.none');
            }

            function durationText(milliseconds) {
                var seconds = Math.max(0, Math.round(milliseconds / 1000));
                if (seconds < 60) {
                    return t('user-cleanup.history.duration.seconds', seconds);
                }
                if (seconds < 3600) {
                    return t('user-cleanup.history.duration.minutes', Math.floor(seconds / 60), seconds % 60);
                }
                return t('user-cleanup.history.duration.hours', Math.floor(seconds / 3600), Math.floor(seconds % 3600 / 60));
            }

            /** When the run finished and how long it took; nothing yet for a running one. */
            function finishedText(run) {
                if (!run.finishedAt) {
                    return t('user-cleanup.history.not-finished');
                }
                return t('user-cleanup.history.finished', formatInstant(run.finishedAt),
                    durationText(new Date(run.finishedAt) - new Date(run.startedAt)));
            }

            function statusLozenge(status) {
                var kind = {SUCCEEDED: 'aui-lozenge-success', PARTIAL: 'aui-lozenge-moved', FAILED: 'aui-lozenge-error',
                    ABANDONED: 'aui-lozenge-error', RUNNING: 'aui-lozenge-current'}[status] || '';
                return el('span', {className: 'aui-lozenge ' + kind, text: t('user-cleanup.history.status.' + status)});
            }

            function showHistory(cleanup) {
                historyOf = cleanup;
                document.getElementById('history-title').textContent = t('user-cleanup.history.of', cleanup.name);
                loadHistory();
                document.getElementById('history').scrollIntoView();
            }

            function loadHistory() {
                clearTimeout(historyTimer);
                if (!historyOf) {
                    return;
                }
                api('GET', '/cleanups/' + historyOf.id + '/runs').then(function (runs) {
                    var list = document.getElementById('history-list');
                    list.textContent = '';
                    if (!runs.length) {
                        list.appendChild(el('p', {text: t('user-cleanup.history.empty')}));
                        return;
                    }
                    list.appendChild(table([t('user-cleanup.history.column.started'), t('user-cleanup.history.column.finished'),
                        t('user-cleanup.history.column.trigger'),
                        t('user-cleanup.history.column.type'), t('user-cleanup.history.column.status'),
                        t('user-cleanup.history.column.counts'), t('user-cleanup.common.actions')], runs.map(function (r) {
                        return el('tr', {'data-run': String(r.id)}, [
                            el('td', {text: formatInstant(r.startedAt)}),
                            el('td', {className: 'run-finished', text: finishedText(r)}),
                            el('td', {text: r.trigger === 'MANUAL' ? t('user-cleanup.history.trigger.MANUAL', r.triggeredBy)
                                : t('user-cleanup.history.trigger.SCHEDULED')}),
                            el('td', {text: t(r.dryRun ? 'user-cleanup.history.dry' : 'user-cleanup.history.real')}),
                            el('td', {}, [statusLozenge(r.status), r.message ? el('div', {className: 'description', text: r.message}) : null]),
                            el('td', {className: 'run-counts', text: countsText(r)}),
                            el('td', {className: 'user-cleanup-actions'}, [
                                button(t('user-cleanup.history.show-users'), function () { showUsers(r, 0); }, 'run-show-users'),
                                button(t('user-cleanup.history.export'), function () { showExport(r); }, 'run-export')
                            ])
                        ]);
                    })));
                    if (runs.some(function (r) { return r.status === 'RUNNING'; })) {
                        historyTimer = setTimeout(loadHistory, 2000);
                    }
                }, function (e) {
                    document.getElementById('history-list').textContent = t('user-cleanup.common.error', errorText(e));
                });
            }

            var usersRun = null;
            var usersStart = 0;
            var USERS_PAGE = 50;

            function showUsers(run, start) {
                usersRun = run;
                usersStart = start;
                document.getElementById('users-dialog-title').textContent = t('user-cleanup.users.title', run.id);
                api('GET', '/runs/' + run.id + '/users?start=' + start + '&limit=' + USERS_PAGE).then(function (page) {
                    var content = document.getElementById('users-content');
                    content.textContent = '';
                    if (!page.total) {
                        content.appendChild(el('p', {text: t('user-cleanup.users.empty')}));
                    } else {
                        content.appendChild(table([t('user-cleanup.users.column.username'),
                            t('user-cleanup.users.column.display-name'), t('user-cleanup.users.column.email'),
                            t('user-cleanup.users.column.last-login'), t('user-cleanup.users.column.outcomes')],
                        page.users.map(function (u) {
                            return el('tr', {}, [
                                el('td', {text: u.username + (u.deactivated ? ' (' + t('user-cleanup.users.deactivated') + ')' : '')}),
                                el('td', {text: u.displayName}),
                                el('td', {text: u.email || ''}),
                                el('td', {text: formatInstant(u.lastLogin)}),
                                el('td', {}, [el('ul', {className: 'user-cleanup-outcomes'}, u.outcomes.map(function (o) {
                                    return el('li', {text: o.group + ': ' + t('user-cleanup.outcome.' + o.outcome)
                                        + (o.pending ? ' (' + t('user-cleanup.outcome.pending') + ')' : '')
                                        + (o.reason ? ' \u2014 ' + o.reason : '')});
                                }))])
                            ]);
                        })));
                    }
                    document.getElementById('users-page').textContent = page.total
                        ? t('user-cleanup.users.page', start + 1, start + page.users.length, page.total) : '';
                    document.getElementById('users-previous').disabled = start === 0;
                    document.getElementById('users-next').disabled = start + page.users.length >= page.total;
                    if (document.getElementById('users-dialog').getAttribute('aria-hidden') !== 'false') {
                        openDialog('users-dialog', '.user-cleanup-close');
                    }
                }, function (e) {
                    message('error', errorText(e));
                });
            }
            document.getElementById('users-previous').addEventListener('click', function () {
                showUsers(usersRun, Math.max(0, usersStart - USERS_PAGE));
            });
            document.getElementById('users-next').addEventListener('click', function () {
                showUsers(usersRun, usersStart + USERS_PAGE);
            });

            function showExport(run) {
                document.getElementById('export-dialog-title').textContent = t('user-cleanup.export.title', run.id);
                var runPath = REST + '/runs/' + segment(run.id);
                document.getElementById('export-report').setAttribute('href', runPath + '/export.csv');
                var idp = document.getElementById('export-idp');
                var files = document.getElementById('export-idp-files');
                files.textContent = '';
                run.idpExports.forEach(function (file) {
                    files.appendChild(el('li', {}, [
                        el('a', {href: runPath + '/idp-exports/' + segment(file.group), download: '', className: 'idp-file',
                            text: t('user-cleanup.export.idp.download', file.group)}),
                        ' ',
                        el('span', {className: 'aui-badge', text: t('user-cleanup.export.idp.rows', file.rows)}),
                        file.rows === 1 ? el('div', {className: 'description', text: t('user-cleanup.export.idp.one-row')}) : null
                    ]));
                });
                idp.hidden = run.idpExports.length === 0;
                document.getElementById('export-zip').setAttribute('href', runPath + '/idp-exports.zip');
                openDialog('export-dialog', '#export-report');
            }

            Promise.all([loadDirectory(), api('GET', '/idps')]).then(function (answers) {
                idps = answers[1];
                document.getElementById('cleanup-add').disabled = false;
                return refresh();
            }, function (e) {
                document.getElementById('cleanup-list').textContent = t('user-cleanup.common.error', errorText(e));
            });
        }

        if (page.getAttribute('data-page') === 'config') {
            configPage();
        } else {
            cleanupsPage();
        }
    }

    // Jira may load page resources in the head: start once the page's elements exist.
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
