// Decap CMS waits for site/scripts/admin/admin.ts to add the hub's checks and previews, then starts.
window.CMS_MANUAL_INIT = true;
