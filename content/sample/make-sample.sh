#!/usr/bin/env bash
# Makes the SAMPLE media used by Storybook and the tests: an 18-second clip in three 6-second steps
# named after the article's muscle groups, a poster, captions and chapters. It shows only labels and a
# clock: it is a stand-in for a clinic's own exercise video and gives no exercise instructions.
# Needs ffmpeg and the DejaVu fonts (Debian: apt-get install -y ffmpeg fonts-dejavu-core).
# The outputs are committed, so a fresh machine never needs to run this.
set -euo pipefail
cd "$(dirname "$0")"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
duration=18
text() { # text X Y SIZE WORDS [ENABLE]
  printf "drawtext=fontfile=%s:fontcolor=white:fontsize=%s:x=%s:y=%s:text='%s'%s" "$font" "$3" "$1" "$2" "$4" "${5:+:enable='$5'}"
}
filters=$(
  IFS=,
  parts=(
    "$(text '(w-tw)/2' 40 26 'SAMPLE CLIP - for testing the player')"
    "$(text '(w-tw)/2' '(h-th)/2-30' 54 'Step 1 - Glutes' 'lt(t,6)')"
    "$(text '(w-tw)/2' '(h-th)/2-30' 54 'Step 2 - Quads' 'between(t,6,11.999)')"
    "$(text '(w-tw)/2' '(h-th)/2-30' 54 'Step 3 - Hamstrings' 'gte(t,12)')"
    "$(text '(w-tw)/2' '(h-th)/2+50' 40 '%{pts\:hms}')"
  )
  echo "${parts[*]}"
)
# A colour per step so a test (or a person) can see which step is on screen.
bg="color=c=0x1d4e89:s=640x360:r=15:d=6[a];color=c=0x2e6b3a:s=640x360:r=15:d=6[b];color=c=0x7a3b12:s=640x360:r=15:d=6[c];[a][b][c]concat=n=3:v=1:a=0[bg]"
tone="sine=frequency=440:sample_rate=48000:samples_per_frame=960:duration=${duration},volume=0.05[aud]"

ffmpeg -y -loglevel error -filter_complex "${bg};[bg]${filters}[v];${tone}" -map '[v]' -map '[aud]' \
  -c:v libvpx-vp9 -g 30 -b:v 90k -deadline good -cpu-used 4 -c:a libopus -b:a 24k -t "$duration" sample.webm
ffmpeg -y -loglevel error -filter_complex "${bg};[bg]${filters}[v];${tone}" -map '[v]' -map '[aud]' \
  -c:v libx264 -g 30 -profile:v baseline -pix_fmt yuv420p -b:v 90k -c:a aac -b:a 32k -movflags +faststart -t "$duration" sample.mp4
ffmpeg -y -loglevel error -i sample.mp4 -frames:v 1 -q:v 5 poster.jpg

cat > chapters.vtt <<'VTT'
WEBVTT

1
00:00:00.000 --> 00:00:06.000
Glutes

2
00:00:06.000 --> 00:00:12.000
Quads

3
00:00:12.000 --> 00:00:18.000
Hamstrings
VTT

cat > captions.vtt <<'VTT'
WEBVTT

1
00:00:00.000 --> 00:00:03.000
This is a sample clip for testing the player.

2
00:00:03.000 --> 00:00:06.000
Step one is named after the glutes.

3
00:00:06.000 --> 00:00:09.000
Step two is named after the quads.

4
00:00:09.000 --> 00:00:12.000
Your clinic's own video goes here.

5
00:00:12.000 --> 00:00:15.000
Step three is named after the hamstrings.

6
00:00:15.000 --> 00:00:18.000
This is the end of the sample clip.
VTT
ls -l sample.webm sample.mp4 poster.jpg captions.vtt chapters.vtt
