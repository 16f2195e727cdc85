-- 1 000 accounts x 1 000 entries (psql -v accounts=1000 -v entries=1000) for benchmarks/entry-search.sh, on the
-- schema of Journal's migrations. Entries are 20 to 2 000 characters of words (lengths skewed short like real
-- journals: mean about 400), written over three years. Words come from a vocabulary of about 20 000: 300 common
-- English words (with their inflections, so stemming has work) and synthetic ones, drawn log-uniformly (Zipf-like:
-- "the", "day" in most entries, a synthetic word in a few). Every account's language is english.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET max_parallel_workers_per_gather = 0;

CREATE TEMP TABLE bench_vocabulary (n int PRIMARY KEY, word text NOT NULL);
INSERT INTO bench_vocabulary
SELECT row_number() OVER (), w FROM unnest(string_to_array(
  'the,and,to,a,of,i,in,was,it,my,that,we,with,for,day,today,is,on,had,at,me,but,so,were,went,then,this,'
  || 'not,be,out,after,all,morning,about,time,up,from,have,good,very,what,there,got,they,evening,night,'
  || 'when,work,home,walk,walked,walking,walks,run,running,ran,runs,rain,raining,rained,sun,sunny,coffee,'
  || 'tea,breakfast,lunch,dinner,friend,friends,family,mother,father,sister,brother,children,child,dog,'
  || 'dogs,cat,garden,gardening,park,city,train,bus,car,drive,drove,book,books,reading,read,wrote,writing,'
  || 'write,letter,email,meeting,meetings,office,project,projects,deadline,tired,happy,sad,angry,calm,'
  || 'quiet,loud,music,song,songs,concert,film,movie,cinema,dream,dreams,dreamt,sleep,slept,sleeping,'
  || 'weekend,holiday,holidays,trip,travel,travelled,beach,sea,lake,river,mountain,mountains,forest,tree,'
  || 'trees,flowers,spring,summer,autumn,winter,snow,cold,warm,hot,wind,cloud,clouds,birthday,party,'
  || 'wedding,doctor,hospital,school,teacher,lesson,lessons,exam,exams,study,studied,learning,learned,'
  || 'cook,cooked,cooking,bread,soup,cake,market,shopping,bought,money,bills,phone,called,talked,talking,'
  || 'laughed,cried,smiled,thought,thinking,remember,remembered,forgot,worried,worry,hope,hoped,plan,'
  || 'plans,planned,started,finished,began,tomorrow,yesterday,week,month,year,years,new,old,long,short,'
  || 'little,big,small,great,better,best,worse,first,last,next,again,still,never,always,sometimes,often,'
  || 'finally,really,just,maybe,perhaps,because,though,while,before,during,around,through,over,under,'
  || 'between,window,door,kitchen,room,bed,table,chair,light,dark,morning,afternoon,lighthouse,harbour,'
  || 'bicycle,bike,cycling,swim,swimming,swam,yoga,gym,tired,exhausted,grateful,thankful,proud,anxious,'
  || 'nervous,excited,bored,lonely,together,alone,neighbour,neighbours,visit,visited,visiting,guests,'
  || 'letterbox,postcard,journal,diary,page,pages,pen,notebook,idea,ideas,question,answer,problem,solution',
  ',')) AS w;
INSERT INTO bench_vocabulary
SELECT 1000 + s, (array['ka','lo','mi','ne','ru','ta','vo','si','pe','da','gu','fi','ba','zo','hu','re'])[1 + s % 16]
       || (array['ra','len','ti','mo','sa','ver','lin','do','ka','nor','pi','tel','su','ban','ge','rom'])[1 + (s / 16) % 16]
       || (array['a','en','is','or','um','et','ik','an','ol','es','ur','in','o','ad','ex','il'])[1 + (s / 256) % 16]
       || (s / 4096)::text
  FROM generate_series(1, 19700) AS s;
CREATE TEMP TABLE bench_words AS SELECT row_number() OVER (ORDER BY n) AS r, word FROM bench_vocabulary;
CREATE UNIQUE INDEX ON bench_words (r);

-- 4 000 long texts of random words; an entry is a piece of one of them.
CREATE TEMP TABLE bench_texts AS
SELECT t, string_agg(w.word, ' ' ORDER BY i) AS body
  FROM generate_series(1, 4000) AS t
  CROSS JOIN LATERAL (SELECT i, 1 + floor(exp(random() * ln(20000)))::int - 1 AS r
                        FROM generate_series(1, 400 + t % 3) AS i) AS pick
  JOIN bench_words w ON w.r = greatest(1, least(20000, pick.r))
 GROUP BY t;
CREATE UNIQUE INDEX ON bench_texts (t);

INSERT INTO users (id, email, password_hash, email_verified_at, roles, created_at, updated_at, search_language)
SELECT md5('search-account-' || n)::uuid, 'search.' || n || '@bench.example', NULL, now(), '["user"]'::jsonb,
       now() - interval '3 years', now() - interval '3 years', 'english'
  FROM generate_series(1, :accounts) AS n;

INSERT INTO journal_entries (id, owner_id, title, body, created_at, updated_at)
SELECT md5('search-entry-' || a || '-' || e)::uuid,
       md5('search-account-' || a)::uuid,
       initcap(split_part(substr(t.body, 1 + (a * 31 + e * 17) % 1500, 60), ' ', 2) || ' '
               || split_part(substr(t.body, 1 + (a * 31 + e * 17) % 1500, 60), ' ', 3)),
       -- random() in the target list: once a row (in a LATERAL without outer columns it would run once).
       substr(t.body, 1 + (a * 7 + e * 13) % 300, least(2000, 20 + floor(-ln(1 - random()) * 380))::int),
       ts, ts
  FROM generate_series(1, :accounts) AS a
 CROSS JOIN generate_series(1, :entries) AS e
 CROSS JOIN LATERAL (SELECT timestamptz '2026-12-01 00:00+00' - (e * interval '26 hours') - (a * interval '1 minute') AS ts) AS at
  JOIN bench_texts t ON t.t = 1 + (a * 1009 + e * 7919) % 4000;
