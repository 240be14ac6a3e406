/*
 * Schedules in plain language: the Quartz cron expressions the form writes (every day, every
 * week on some days, every month on a day, at a time) are told back as "Every Monday at 03:00,
 * Europe/Oslo"; any other expression is told as a custom one. The time-zone picker lists the
 * browser's time zones (Intl), with the schedule's own zone kept even when the browser lacks it.
 */
(function (UC) {
    'use strict';

    var t = UC.t;
    var DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

    function two(value) {
        return (value < 10 ? '0' : '') + value;
    }

    /**
     * The form's parts of a cron expression the form can write, or null for any other:
     * {frequency: daily|weekly|monthly, time: 'HH:MM', days: ['MON'...], dayOfMonth: n}.
     */
    UC.parseCron = function (cron) {
        var parts = String(cron || '').trim().toUpperCase().split(/\s+/);
        if (parts.length !== 6 || parts[0] !== '0' || !/^\d{1,2}$/.test(parts[1]) || !/^\d{1,2}$/.test(parts[2])
                || parts[4] !== '*') {
            return null;
        }
        var minute = Number(parts[1]);
        var hour = Number(parts[2]);
        if (minute > 59 || hour > 23) {
            return null;
        }
        var time = two(hour) + ':' + two(minute);
        if (parts[3] === '*' && parts[5] === '?') {
            return {frequency: 'daily', time: time};
        }
        if (parts[3] === '?' && parts[5].split(',').every(function (d) { return DAYS.indexOf(d) >= 0; })) {
            var days = parts[5].split(',');
            return {frequency: 'weekly', time: time, days: DAYS.filter(function (d) { return days.indexOf(d) >= 0; })};
        }
        if (/^\d{1,2}$/.test(parts[3]) && Number(parts[3]) >= 1 && Number(parts[3]) <= 31 && parts[5] === '?') {
            return {frequency: 'monthly', time: time, dayOfMonth: Number(parts[3])};
        }
        return null;
    };

    /** The cron expression of the form's parts. */
    UC.buildCron = function (parts) {
        var hm = String(parts.time || '03:00').split(':');
        var head = '0 ' + Number(hm[1] || 0) + ' ' + Number(hm[0] || 0) + ' ';
        if (parts.frequency === 'weekly') {
            return head + '? * ' + (parts.days && parts.days.length ? parts.days : ['MON']).join(',');
        }
        if (parts.frequency === 'monthly') {
            return head + (parts.dayOfMonth || 1) + ' * ?';
        }
        return head + '* * ?';
    };

    function dayNames(days) {
        var names = days.map(function (d) { return t('user-cleanup.schedule.day.' + d); });
        if (names.length === 1) {
            return names[0];
        }
        return t('user-cleanup.schedule.and', names.slice(0, -1).join(', '), names[names.length - 1]);
    }

    /** The schedule in plain language with its zone: "Every Monday at 03:00, Europe/Oslo". */
    UC.describeSchedule = function (schedule) {
        if (!schedule) {
            return t('user-cleanup.schedule.manual');
        }
        var parts = UC.parseCron(schedule.cron);
        var text;
        if (!parts) {
            text = t('user-cleanup.schedule.custom', schedule.cron);
        } else if (parts.frequency === 'daily') {
            text = t('user-cleanup.schedule.every-day', parts.time);
        } else if (parts.frequency === 'weekly') {
            text = parts.days.length === 5 && parts.days.indexOf('SAT') < 0 && parts.days.indexOf('SUN') < 0
                ? t('user-cleanup.schedule.every-weekday', parts.time)
                : t('user-cleanup.schedule.every-week', dayNames(parts.days), parts.time);
        } else {
            text = t('user-cleanup.schedule.every-month', parts.dayOfMonth, parts.time);
        }
        return t('user-cleanup.schedule.with-zone', text, schedule.timeZone);
    };

    UC.DAYS = DAYS;

    /** The browser's own time zone, or UTC. */
    UC.browserZone = function () {
        try {
            return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
        } catch (e) {
            return 'UTC';
        }
    };

    /** Fills the select with the time zones, UTC first, and selects the zone (added when the browser lacks it). */
    UC.fillTimeZones = function (select, selected) {
        var zones = [];
        try {
            zones = Intl.supportedValuesOf('timeZone');
        } catch (e) {
            zones = [];
        }
        zones = ['UTC'].concat(zones.filter(function (z) { return z !== 'UTC'; }));
        if (selected && zones.indexOf(selected) < 0) {
            zones.unshift(selected);
        }
        if (select.options.length !== zones.length) {
            select.textContent = '';
            zones.forEach(function (zone) {
                select.appendChild(UC.el('option', {value: zone, text: zone.replace(/_/g, ' ')}));
            });
        }
        select.value = selected || 'UTC';
    };
}(window.UserCleanupAdmin = window.UserCleanupAdmin || {}));
